package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import java.util.EnumSet;
import java.util.List;
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
    this.user = state.users.get(caller.user()).orElseThrow(() -> ApiError.unauthorized("A valid API key is required."));
  }

  Caller caller() {
    return caller;
  }

  User user() {
    return user;
  }

  String accountRole() {
    return user.role();
  }

  boolean accountAdmin() {
    return "ADMIN".equals(user.role());
  }

  boolean accountMemberOrAdmin() {
    return accountAdmin() || "MEMBER".equals(user.role());
  }

  boolean developer() {
    return user.developer();
  }

  /** The caller's effective organization role (ADMIN by escalation), or null when not a member. */
  String orgRole(Organization org) {
    if (accountAdmin()) {
      return "ADMIN";
    }
    return state.orgMembershipsByPair.first(List.of(org.num(), user.num())).map(OrgMembership::role).orElse(null);
  }

  boolean orgAdmin(Organization org) {
    return "ADMIN".equals(orgRole(org));
  }

  boolean seesOrg(Organization org) {
    return orgRole(org) != null;
  }

  /** The caller's effective predefined space role (ADMIN by escalation), or null. */
  String spaceRole(Space space) {
    Organization org = state.organizations.get(space.org()).orElse(null);
    if (org != null && orgAdmin(org)) {
      return "ADMIN";
    }
    return state.spaceMembershipsByPair.first(List.of(space.num(), user.num())).map(SpaceMembership::role).orElse(null);
  }

  boolean spaceAdmin(Space space) {
    return "ADMIN".equals(spaceRole(space));
  }

  /** Permissions on a space: predefined role ∪ roles bound on the space (CUSTOM memberships included). */
  Set<Permission> onSpace(Space space) {
    String role = spaceRole(space);
    if ("ADMIN".equals(role)) {
      return PredefinedRoles.ALL;
    }
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    out.addAll(PredefinedRoles.permissions(role));
    for (RoleBinding b : state.bindingsByUserResource.find(List.of(user.num(), "SPACE", space.num())).values()) {
      out.addAll(rolePermissions(b.role()));
    }
    return out;
  }

  boolean can(Space space, Permission permission) {
    return onSpace(space).contains(permission);
  }

  boolean anyOn(Space space) {
    return !onSpace(space).isEmpty() || state.spaceMembershipsByPair.first(List.of(space.num(), user.num())).isPresent();
  }

  boolean restricted(Project project) {
    return state.restrictions.get(project.num()).isPresent();
  }

  /**
   * Permissions on a project: the space's ∪ bindings on the project; a restricted project ignores
   * the space (only project bindings, plus account and organization admins).
   */
  Set<Permission> onProject(Project project) {
    Space space = state.spaces.get(project.space()).orElseThrow();
    Organization org = state.organizations.get(space.org()).orElseThrow();
    if (orgAdmin(org)) {
      return PredefinedRoles.ALL;
    }
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    if (!restricted(project)) {
      out.addAll(onSpace(space));
    }
    for (RoleBinding b : state.bindingsByUserResource.find(List.of(user.num(), "PROJECT", project.num())).values()) {
      out.addAll(rolePermissions(b.role()));
    }
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
    state.roles.get(role).ifPresent(r -> r.permissions().forEach(p -> {
      Permission parsed = Permission.parse(p);
      if (parsed != null) {
        out.add(parsed);
      }
    }));
    return out;
  }

  /** Whether the caller can see the space at all (for 403 versus 404). */
  boolean seesSpace(Space space) {
    Organization org = state.organizations.get(space.org()).orElse(null);
    return org != null && seesOrg(org) || anyOn(space);
  }
}
