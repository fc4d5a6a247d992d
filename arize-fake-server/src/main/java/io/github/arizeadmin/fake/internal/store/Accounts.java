package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Account;

/** The accounts (tenants). */
public final class Accounts extends Table<Account> {
  Accounts(UndoLog undo) {
    super(undo, 1);
  }
}
