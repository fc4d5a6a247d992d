package io.github.arizeadmin.fake.internal.store;

/**
 * The whole in-memory state: one table per kind of record, each with the finders the rules need.
 * Only a {@link Store} hands out its live state, inside a read or a write.
 */
public final class State {
  private final UndoLog undo = new UndoLog();
  private final Accounts accounts = new Accounts(undo);
  private final Users users = new Users(undo);
  private final Organizations organizations = new Organizations(undo);
  private final Spaces spaces = new Spaces(undo);
  private final OrgMemberships orgMemberships = new OrgMemberships(undo);
  private final SpaceMemberships spaceMemberships = new SpaceMemberships(undo);
  private final Roles roles = new Roles(undo);
  private final RoleBindings roleBindings = new RoleBindings(undo);
  private final Projects projects = new Projects(undo);
  private final Restrictions restrictions = new Restrictions(undo);
  private final ApiKeys apiKeys = new ApiKeys(undo);

  /** An empty state; until a {@link Store} serves it, changes keep no undo log. */
  public State() {
  }

  UndoLog undo() {
    return undo;
  }

  /** @return accounts */
  public Accounts accounts() {
    return accounts;
  }

  /** @return users */
  public Users users() {
    return users;
  }

  /** @return organizations */
  public Organizations organizations() {
    return organizations;
  }

  /** @return spaces */
  public Spaces spaces() {
    return spaces;
  }

  /** @return organization memberships */
  public OrgMemberships orgMemberships() {
    return orgMemberships;
  }

  /** @return space memberships */
  public SpaceMemberships spaceMemberships() {
    return spaceMemberships;
  }

  /** @return custom roles */
  public Roles roles() {
    return roles;
  }

  /** @return role bindings */
  public RoleBindings roleBindings() {
    return roleBindings;
  }

  /** @return projects */
  public Projects projects() {
    return projects;
  }

  /** @return restrictions */
  public Restrictions restrictions() {
    return restrictions;
  }

  /** @return API keys */
  public ApiKeys apiKeys() {
    return apiKeys;
  }
}
