package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.RoleBindings.Resource;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.UserRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a caller may do, computed from the state: account role, admin escalation (an account ADMIN
 * administers every organization and space; an organization ADMIN every space of it), predefined
 * space roles, custom roles bound on spaces and projects, and restricted projects.
 */
final class Access {
  private final State state;
  private final Caller caller;
  private final User user;

  Access(State state, Caller caller) {
    this.state = state;
    this.caller = caller;
    this.user = state.users().get(caller.user()).orElseThrow(() -> ApiError.unauthorized("A valid API key is required."));
  }

  Caller caller() {
    return caller;
  }

  User user() {
    return user;
  }

  UserRole accountRole() {
    return user.role();
  }

  boolean accountAdmin() {
    return user.role() == UserRole.ADMIN;
  }

  boolean accountMemberOrAdmin() {
    return accountAdmin() || user.role() == UserRole.MEMBER;
  }

  boolean developer() {
    return user.developer();
  }

  /** The caller's effective organization level (ADMIN by escalation), or null when not a member. */
  Level orgLevel(Organization org) {
    if (accountAdmin()) {
      return Level.ADMIN;
    }
    return state.orgMemberships().find(org, user).map(OrgMembership::role).map(Level::of).orElse(null);
  }

  boolean orgAdmin(Organization org) {
    return orgLevel(org) == Level.ADMIN;
  }

  boolean seesOrg(Organization org) {
    return orgLevel(org) != null;
  }

  /** The caller's effective predefined space level (ADMIN by escalation), or null. */
  Level spaceLevel(Space space) {
    Organization org = state.organizations().row(space.org());
    if (org != null && orgAdmin(org)) {
      return Level.ADMIN;
    }
    return state.spaceMemberships().find(space, user).map(SpaceMembership::role).map(Level::of).orElse(null);
  }

  boolean spaceAdmin(Space space) {
    return spaceLevel(space) == Level.ADMIN;
  }

  /** Permissions on a space: predefined role ∪ roles bound on the space (CUSTOM memberships included). */
  Set<Permission> onSpace(Space space) {
    Level level = spaceLevel(space);
    if (level == Level.ADMIN) {
      return Level.ADMIN.permissions();
    }
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    if (level != null) {
      out.addAll(level.permissions());
    }
    state.roleBindings().find(user, new Resource(RoleBindingResourceType.SPACE, space.num()))
        .ifPresent(b -> out.addAll(rolePermissions(b.role())));
    return out;
  }

  boolean can(Space space, Permission permission) {
    return onSpace(space).contains(permission);
  }

  boolean anyOn(Space space) {
    return !onSpace(space).isEmpty() || state.spaceMemberships().find(space, user).isPresent();
  }

  boolean restricted(Project project) {
    return state.restrictions().get(project.num()).isPresent();
  }

  /**
   * Permissions on a project: the space's ∪ bindings on the project; a restricted project ignores
   * the space (only project bindings, plus account and organization admins).
   */
  Set<Permission> onProject(Project project) {
    Space space = state.spaces().row(project.space());
    Organization org = state.organizations().row(space.org());
    if (orgAdmin(org)) {
      return Level.ADMIN.permissions();
    }
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    if (!restricted(project)) {
      out.addAll(onSpace(space));
    }
    state.roleBindings().find(user, new Resource(RoleBindingResourceType.PROJECT, project.num()))
        .ifPresent(b -> out.addAll(rolePermissions(b.role())));
    return out;
  }

  boolean can(Project project, Permission permission) {
    return onProject(project).contains(permission);
  }

  Set<Permission> rolePermissions(long role) {
    PredefinedRoles.Predefined predefined = PredefinedRoles.byNumber(role);
    if (predefined != null) {
      return predefined.permissions();
    }
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    state.roles().get(role).ifPresent(r -> out.addAll(r.permissions()));
    return out;
  }

  /** Whether the caller can see the space at all (for 403 versus 404). */
  boolean seesSpace(Space space) {
    Organization org = state.organizations().row(space.org());
    return org != null && seesOrg(org) || anyOn(space);
  }

  /** @return the binding that holds a CUSTOM membership's role, for views */
  static RoleBinding customBinding(State s, SpaceMembership m) {
    return s.roleBindings().find(m.user(), new Resource(RoleBindingResourceType.SPACE, m.space())).orElseThrow();
  }
}
