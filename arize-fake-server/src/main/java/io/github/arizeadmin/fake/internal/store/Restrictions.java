package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Restriction;

/** Restricted projects, numbered by the project. */
public final class Restrictions extends Table<Restriction> {
  private final Grouped<Restriction> byAccount = Grouped.on(this, Restriction::account);

  Restrictions(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * @param account an account number
   * @param after a project number (0: from the start)
   * @return the account's restrictions numbered above {@code after}, oldest first
   */
  public Iterable<Restriction> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }
}
