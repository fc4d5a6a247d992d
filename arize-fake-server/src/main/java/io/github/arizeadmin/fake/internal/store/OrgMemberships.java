package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.User;
import java.util.List;
import java.util.Optional;

/** Organization memberships: the membership of a user in an organization, by either side. */
public final class OrgMemberships extends Table<OrgMembership> {
  private final Grouped<OrgMembership> byOrg = Grouped.on(this, OrgMembership::org);
  private final Grouped<OrgMembership> byUser = Grouped.on(this, OrgMembership::user);

  OrgMemberships(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * The membership of a user in an organization: walks the shorter of the two groups (a user is
   * in few organizations), so no pair index is needed.
   *
   * @param org the organization
   * @param user the user
   * @return the membership
   */
  public Optional<OrgMembership> find(Organization org, User user) {
    long o = org.num();
    long u = user.num();
    return Optional.ofNullable(Grouped.both(byUser, u, m -> m.org() == o, byOrg, o, m -> m.user() == u));
  }

  /**
   * @param org an organization
   * @return a copy of its memberships, oldest first
   */
  public List<OrgMembership> ofOrganization(Organization org) {
    return byOrg.list(org.num());
  }

  /**
   * @param user a user
   * @return a copy of the user's memberships, oldest first
   */
  public List<OrgMembership> ofUser(User user) {
    return byUser.list(user.num());
  }
}
