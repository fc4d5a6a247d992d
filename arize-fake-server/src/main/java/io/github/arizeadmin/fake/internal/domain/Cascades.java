package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records.ApiKey;
import io.github.arizeadmin.fake.internal.store.Records.OrgMembership;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Role;
import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.RoleBindings.Resource;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * The cascades. Each runs inside one store write, so it is all-or-nothing; each walks indexes only
 * (no scan of other accounts or unrelated records).
 */
final class Cascades {
  private Cascades() {
  }

  /**
   * Removes a role binding; a CUSTOM space membership held by that binding goes with it, and when
   * that member is a service key's bot, the space leaves the bot's keys as when the space is deleted.
   */
  static void removeBinding(State s, RoleBinding b) {
    s.roleBindings().remove(b.num());
    if (b.onSpace()) {
      Space space = s.spaces().row(b.resource());
      User user = s.users().row(b.user());
      s.spaceMemberships().find(space, user).filter(SpaceMembership::custom).ifPresent(m -> {
        s.spaceMemberships().remove(m.num());
        if (user.bot()) {
          for (ApiKey k : s.apiKeys().ofOwner(user.num())) {
            leaveSpace(s, k, space.num());
          }
        }
      });
    }
  }

  /** The space leaves a service key; a key left without spaces is revoked. */
  private static void leaveSpace(State s, ApiKey k, long space) {
    if (!k.spaces().contains(space)) {
      return;
    }
    List<Long> left = new ArrayList<>(k.spaces());
    left.remove(Long.valueOf(space));
    s.apiKeys().put(k.with(left, left.isEmpty() ? k.life().asRevoked() : k.life()));
  }

  /** The membership and every binding of the user on the space and its projects. */
  static void removeSpaceMembership(State s, SpaceMembership m) {
    s.spaceMemberships().remove(m.num());
    for (RoleBinding b : s.roleBindings().listOfUser(m.user())) {
      if (b.space() == m.space()) {
        s.roleBindings().remove(b.num());
      }
    }
  }

  /** The organization membership, and the user's memberships and bindings in its spaces. */
  static void removeOrgMembership(State s, OrgMembership m) {
    s.orgMemberships().remove(m.num());
    User user = s.users().row(m.user());
    for (SpaceMembership sm : s.spaceMemberships().ofUser(user)) {
      if (s.spaces().row(sm.space()).org() == m.org()) {
        removeSpaceMembership(s, sm);
      }
    }
    for (RoleBinding b : s.roleBindings().listOfUser(m.user())) {
      Space space = s.spaces().row(b.space());
      if (space != null && space.org() == m.org()) {
        s.roleBindings().remove(b.num());
      }
    }
  }

  /** The project, its bindings and its restriction. */
  static void deleteProject(State s, Project p) {
    for (RoleBinding b : s.roleBindings().on(new Resource(RoleBindingResourceType.PROJECT, p.num()))) {
      s.roleBindings().remove(b.num());
    }
    s.restrictions().remove(p.num());
    s.projects().remove(p.num());
  }

  /**
   * Projects (with bindings and restrictions), bindings, memberships, and the space's place in
   * service keys (a key left without spaces is revoked).
   */
  static void deleteSpace(State s, Space space) {
    for (Project p : s.projects().listOf(space)) {
      deleteProject(s, p);
    }
    for (RoleBinding b : s.roleBindings().inSpace(space.num())) {
      s.roleBindings().remove(b.num());
    }
    for (SpaceMembership m : s.spaceMemberships().listOf(space)) {
      s.spaceMemberships().remove(m.num());
    }
    for (ApiKey k : s.apiKeys().listOfSpace(space.num())) {
      leaveSpace(s, k, space.num());
    }
    s.spaces().remove(space.num());
  }

  /** Every space (and all of the above), then the memberships and the organization. */
  static void deleteOrg(State s, Organization org) {
    for (Space space : s.spaces().listOf(org)) {
      deleteSpace(s, space);
    }
    for (OrgMembership m : s.orgMemberships().ofOrganization(org)) {
      s.orgMemberships().remove(m.num());
    }
    s.organizations().remove(org.num());
  }

  /** Memberships, the user's own API keys and bindings; the user stays, deleted. */
  static void deleteUser(State s, User user) {
    for (SpaceMembership m : s.spaceMemberships().ofUser(user)) {
      s.spaceMemberships().remove(m.num());
    }
    for (OrgMembership m : s.orgMemberships().ofUser(user)) {
      s.orgMemberships().remove(m.num());
    }
    for (RoleBinding b : s.roleBindings().listOfUser(user.num())) {
      s.roleBindings().remove(b.num());
    }
    for (ApiKey k : s.apiKeys().ofOwner(user.num())) {
      s.apiKeys().remove(k.num());
    }
    s.users().put(user.asDeleted());
  }

  /** Deleting a custom role removes its bindings and the CUSTOM memberships that use it. */
  static void deleteRole(State s, Role role) {
    for (RoleBinding b : s.roleBindings().granting(role.num())) {
      removeBinding(s, b);
    }
    s.roles().remove(role.num());
  }
}
