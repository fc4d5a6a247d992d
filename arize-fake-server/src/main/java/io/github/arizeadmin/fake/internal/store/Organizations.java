package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Organization;
import java.util.Optional;

/** Organizations: unique names per account, the name filter. */
public final class Organizations extends Table<Organization> {
  private final Grouped<Organization> byAccount = Grouped.on(this, Organization::account);
  private final Unique<Scoped, Organization> byName = Unique.on(this, o -> new Scoped(o.account(), o.name()));
  private final Substrings<Organization> names = Substrings.on(this, Organization::name);

  Organizations(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * @param account an account number
   * @param name a name (case-sensitive)
   * @return the account's organization with that name
   */
  public Optional<Organization> byName(long account, String name) {
    return byName.find(new Scoped(account, name));
  }

  /**
   * @param account an account number
   * @param after an organization number (0: from the start)
   * @return the account's organizations numbered above {@code after}, oldest first
   */
  public Iterable<Organization> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }

  /**
   * @param fragment a name fragment
   * @param after an organization number
   * @return organizations whose name may contain it, oldest first; null when too short
   */
  public Iterable<Organization> nameMayContain(String fragment, long after) {
    return names.candidates(fragment, after);
  }
}
