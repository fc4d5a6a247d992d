package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.ApiKey;
import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Role;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import java.util.ArrayList;
import java.util.List;

/**
 * The cascades of the real API (R-CASCADE-*, explained under the coverage table). Each runs inside one store write, so it is
 * all-or-nothing; each walks indexes only (no scans of other accounts or unrelated records).
 */
final class Cascades {
  private Cascades() {
  }

  /**
   * Removes a role binding; a CUSTOM space membership held by that binding goes with it, and when
   * that is a service key's bot, the space leaves the bot's keys as when the space is deleted.
   */
  static void removeBinding(State s, RoleBinding b) {
    s.roleBindings.remove(b.num());
    if ("SPACE".equals(b.resourceType())) {
      s.spaceMembershipsByPair.first(List.of(b.resource(), b.user()))
          .filter(m -> m.role() == null)
          .ifPresent(m -> {
            s.spaceMemberships.remove(m.num());
            for (ApiKey k : s.apiKeysByOwner.list(m.user())) {
              leaveSpace(s, k, m.space());
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
    s.apiKeys.put(new ApiKey(k.num(), k.suffix(), k.account(), k.name(), k.description(), k.type(),
        k.revoked() || left.isEmpty(), k.hash(), k.redacted(), k.createdAt(), k.expiresAt(), k.revokeAtExpiry(),
        k.createdBy(), k.owner(), k.lastUsedAt(), List.copyOf(left)));
  }

  /** R-CASCADE-SPACEUSER: the membership and every binding of the user on the space and its projects. */
  static void removeSpaceMembership(State s, SpaceMembership m) {
    s.spaceMemberships.remove(m.num());
    for (RoleBinding b : s.bindingsByUser.list(m.user())) {
      if (b.space() == m.space()) {
        s.roleBindings.remove(b.num());
      }
    }
  }

  /** R-CASCADE-ORGUSER: the organization membership, and the user's memberships and bindings in its spaces. */
  static void removeOrgMembership(State s, OrgMembership m) {
    s.orgMemberships.remove(m.num());
    for (SpaceMembership sm : s.spaceMembershipsByOrgUser.list(List.of(m.org(), m.user()))) {
      removeSpaceMembership(s, sm);
    }
    for (RoleBinding b : s.bindingsByUser.list(m.user())) {
      s.spaces.get(b.space()).filter(sp -> sp.org() == m.org()).ifPresent(sp -> s.roleBindings.remove(b.num()));
    }
  }

  /** R-PROJECT-DEL: the project, its bindings and its restriction. */
  static void deleteProject(State s, Project p) {
    for (RoleBinding b : s.bindingsByResource.list(List.of("PROJECT", p.num()))) {
      s.roleBindings.remove(b.num());
    }
    s.restrictions.remove(p.num());
    s.projects.remove(p.num());
  }

  /**
   * R-CASCADE-SPACE: projects (with bindings and restrictions), bindings, memberships, and the
   * space's place in service keys (a key left without spaces is revoked).
   */
  static void deleteSpace(State s, Space space) {
    for (Project p : s.projectsBySpace.list(space.num())) {
      deleteProject(s, p);
    }
    for (RoleBinding b : s.bindingsBySpace.list(space.num())) {
      s.roleBindings.remove(b.num());
    }
    for (SpaceMembership m : s.spaceMembershipsBySpace.list(space.num())) {
      s.spaceMemberships.remove(m.num());
    }
    for (ApiKey k : s.apiKeysBySpace.list(space.num())) {
      leaveSpace(s, k, space.num());
    }
    s.spaces.remove(space.num());
  }

  /** R-CASCADE-ORG: every space (and all of the above), then the memberships and the organization. */
  static void deleteOrg(State s, Organization org) {
    for (Space space : s.spacesByOrg.list(org.num())) {
      deleteSpace(s, space);
    }
    for (OrgMembership m : s.orgMembershipsByOrg.list(org.num())) {
      s.orgMemberships.remove(m.num());
    }
    s.organizations.remove(org.num());
  }

  /** R-CASCADE-USER: memberships, the user's own API keys and bindings; the user becomes inactive. */
  static void deleteUser(State s, User user) {
    for (SpaceMembership m : s.spaceMembershipsByUser.list(user.num())) {
      s.spaceMemberships.remove(m.num());
    }
    for (OrgMembership m : s.orgMembershipsByUser.list(user.num())) {
      s.orgMemberships.remove(m.num());
    }
    for (RoleBinding b : s.bindingsByUser.list(user.num())) {
      s.roleBindings.remove(b.num());
    }
    for (ApiKey k : s.apiKeysByOwner.list(user.num())) {
      s.apiKeys.remove(k.num());
    }
    s.users.put(user.withStatus("INACTIVE"));
  }

  /** Deleting a custom role removes its bindings and the CUSTOM memberships that use it. */
  static void deleteRole(State s, Role role) {
    for (RoleBinding b : s.bindingsByRole.list(role.num())) {
      removeBinding(s, b);
    }
    s.roles.remove(role.num());
  }
}
