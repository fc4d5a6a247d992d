package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import java.util.List;
import java.util.Optional;

/** Spaces: unique names per organization, the organization's spaces, the name filter. */
public final class Spaces extends Table<Space> {
  private final Grouped<Space> byAccount = Grouped.on(this, Space::account);
  private final Grouped<Space> byOrg = Grouped.on(this, Space::org);
  private final Unique<Scoped, Space> byName = Unique.on(this, s -> new Scoped(s.org(), s.name()));
  private final Substrings<Space> names = Substrings.on(this, Space::name);

  Spaces(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * @param org an organization
   * @param name a name (case-sensitive)
   * @return the organization's space with that name
   */
  public Optional<Space> byName(Organization org, String name) {
    return byName.find(new Scoped(org.num(), name));
  }

  /**
   * @param org an organization
   * @param after a space number (0: from the start)
   * @return its spaces numbered above {@code after}, oldest first
   */
  public Iterable<Space> ofOrganization(Organization org, long after) {
    return byOrg.after(org.num(), after);
  }

  /**
   * @param org an organization
   * @return a copy of its spaces, oldest first (for cascades)
   */
  public List<Space> listOf(Organization org) {
    return byOrg.list(org.num());
  }

  /**
   * @param account an account number
   * @param after a space number (0: from the start)
   * @return the account's spaces numbered above {@code after}, oldest first
   */
  public Iterable<Space> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }

  /**
   * @param fragment a name fragment
   * @param after a space number
   * @return spaces whose name may contain it, oldest first; null when too short
   */
  public Iterable<Space> nameMayContain(String fragment, long after) {
    return names.candidates(fragment, after);
  }
}
