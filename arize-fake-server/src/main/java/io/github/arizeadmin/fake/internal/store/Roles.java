package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Role;
import java.util.Optional;

/** Custom roles: unique names per account. Numbers start above the predefined roles' (1 to 4). */
public final class Roles extends Table<Role> {
  /** The first number of custom roles. */
  public static final long FIRST_CUSTOM = 101;
  private final Grouped<Role> byAccount = Grouped.on(this, Role::account);
  private final Unique<Scoped, Role> byName = Unique.on(this, r -> new Scoped(r.account(), r.name()));

  Roles(UndoLog undo) {
    super(undo, FIRST_CUSTOM);
  }

  /**
   * @param account an account number
   * @param name a name (case-sensitive)
   * @return the account's custom role with that name
   */
  public Optional<Role> byName(long account, String name) {
    return byName.find(new Scoped(account, name));
  }

  /**
   * @param account an account number
   * @param after a role number (0: from the start)
   * @return the account's custom roles numbered above {@code after}, oldest first
   */
  public Iterable<Role> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }
}
