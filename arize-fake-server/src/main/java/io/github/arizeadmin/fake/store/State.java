package io.github.arizeadmin.fake.store;

import io.github.arizeadmin.fake.store.Records.Account;
import io.github.arizeadmin.fake.store.Records.ApiKey;
import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Restriction;
import io.github.arizeadmin.fake.store.Records.Role;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import java.util.List;
import java.util.Locale;

/**
 * The whole in-memory state: one table per kind of record, with the indexes the rules need.
 * Only a {@link Store} hands it out, inside a read or a write.
 */
public final class State {
  /** The first number of custom roles (1 to 4 are the predefined roles). */
  public static final long FIRST_CUSTOM_ROLE = 101;

  final UndoLog undo = new UndoLog();

  /** Accounts. */
  public final Table<Account> accounts = new Table<>(Account::num, undo, 1);
  /** Users (bots and deleted users included). */
  public final Table<User> users = new Table<>(User::num, undo, 1);
  /** Users by account. */
  public final Index<User> usersByAccount = users.index(User::account);
  /** Users by (account, lower-case email). */
  public final Index<User> usersByEmail = users.index(u -> emailKey(u.account(), u.email()));

  /** Organizations. */
  public final Table<Organization> organizations = new Table<>(Organization::num, undo, 1);
  /** Organizations by account. */
  public final Index<Organization> organizationsByAccount = organizations.index(Organization::account);
  /** Organizations by (account, name). */
  public final Index<Organization> organizationsByName = organizations.index(o -> List.of(o.account(), o.name()));

  /** Spaces. */
  public final Table<Space> spaces = new Table<>(Space::num, undo, 1);
  /** Spaces by organization. */
  public final Index<Space> spacesByOrg = spaces.index(Space::org);
  /** Spaces by account. */
  public final Index<Space> spacesByAccount = spaces.index(Space::account);
  /** Spaces by (organization, name). */
  public final Index<Space> spacesByName = spaces.index(s -> List.of(s.org(), s.name()));

  /** Organization memberships. */
  public final Table<OrgMembership> orgMemberships = new Table<>(OrgMembership::num, undo, 1);
  /** Organization memberships by organization. */
  public final Index<OrgMembership> orgMembershipsByOrg = orgMemberships.index(OrgMembership::org);
  /** Organization memberships by user. */
  public final Index<OrgMembership> orgMembershipsByUser = orgMemberships.index(OrgMembership::user);
  /** Organization memberships by (organization, user). */
  public final Index<OrgMembership> orgMembershipsByPair = orgMemberships.index(m -> List.of(m.org(), m.user()));

  /** Space memberships. */
  public final Table<SpaceMembership> spaceMemberships = new Table<>(SpaceMembership::num, undo, 1);
  /** Space memberships by space. */
  public final Index<SpaceMembership> spaceMembershipsBySpace = spaceMemberships.index(SpaceMembership::space);
  /** Space memberships by user. */
  public final Index<SpaceMembership> spaceMembershipsByUser = spaceMemberships.index(SpaceMembership::user);
  /** Space memberships by (space, user). */
  public final Index<SpaceMembership> spaceMembershipsByPair = spaceMemberships.index(m -> List.of(m.space(), m.user()));
  /** Space memberships by (organization, user). */
  public final Index<SpaceMembership> spaceMembershipsByOrgUser = spaceMemberships.index(m -> List.of(m.org(), m.user()));

  /** Custom roles. */
  public final Table<Role> roles = new Table<>(Role::num, undo, FIRST_CUSTOM_ROLE);
  /** Custom roles by account. */
  public final Index<Role> rolesByAccount = roles.index(Role::account);
  /** Custom roles by (account, name). */
  public final Index<Role> rolesByName = roles.index(r -> List.of(r.account(), r.name()));

  /** Role bindings. */
  public final Table<RoleBinding> roleBindings = new Table<>(RoleBinding::num, undo, 1);
  /** Role bindings by account. */
  public final Index<RoleBinding> bindingsByAccount = roleBindings.index(RoleBinding::account);
  /** Role bindings by user. */
  public final Index<RoleBinding> bindingsByUser = roleBindings.index(RoleBinding::user);
  /** Role bindings by (resource type, resource). */
  public final Index<RoleBinding> bindingsByResource = roleBindings.index(b -> List.of(b.resourceType(), b.resource()));
  /** Role bindings by (user, resource type, resource). */
  public final Index<RoleBinding> bindingsByUserResource =
      roleBindings.index(b -> List.of(b.user(), b.resourceType(), b.resource()));
  /** Role bindings by role. */
  public final Index<RoleBinding> bindingsByRole = roleBindings.index(RoleBinding::role);
  /** Role bindings by the space they sit in (space bindings and bindings on its projects). */
  public final Index<RoleBinding> bindingsBySpace = roleBindings.index(RoleBinding::space);

  /** Projects. */
  public final Table<Project> projects = new Table<>(Project::num, undo, 1);
  /** Projects by space. */
  public final Index<Project> projectsBySpace = projects.index(Project::space);
  /** Projects by account. */
  public final Index<Project> projectsByAccount = projects.index(Project::account);
  /** Projects by (space, name). */
  public final Index<Project> projectsByName = projects.index(p -> List.of(p.space(), p.name()));

  /** Restrictions, keyed by project number. */
  public final Table<Restriction> restrictions = new Table<>(Restriction::project, undo, 1);
  /** Restrictions by account. */
  public final Index<Restriction> restrictionsByAccount = restrictions.index(Restriction::account);
  /** Restrictions by space. */
  public final Index<Restriction> restrictionsBySpace = restrictions.index(Restriction::space);

  /** API keys. */
  public final Table<ApiKey> apiKeys = new Table<>(ApiKey::num, undo, 1);
  /** API keys by hash of the raw key. */
  public final Index<ApiKey> apiKeysByHash = apiKeys.index(ApiKey::hash);
  /** API keys by the user they act as. */
  public final Index<ApiKey> apiKeysByOwner = apiKeys.index(ApiKey::owner);
  /** API keys by creator. */
  public final Index<ApiKey> apiKeysByCreator = apiKeys.index(ApiKey::createdBy);
  /** Service keys by space. */
  public final Index<ApiKey> apiKeysBySpace = apiKeys.multiIndex(ApiKey::spaces);
  /** API keys by account. */
  public final Index<ApiKey> apiKeysByAccount = apiKeys.index(ApiKey::account);

  /**
   * @param account an account number
   * @param email an email address
   * @return the key of {@link #usersByEmail}
   */
  public static List<Object> emailKey(long account, String email) {
    return List.of(account, email.toLowerCase(Locale.ROOT));
  }
}
