package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Spaces and their members (reference §2.2). */
public final class SpaceService extends Service {
  SpaceService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listSpaces: spaces on which the caller has any permission (admins: all in their scope); an
   * unknown or invisible {@code org_id} gives an empty page.
   *
   * @param caller the caller
   * @param orgId organization filter, or null
   * @param name case-insensitive substring filter, or null
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, String orgId, String name, Integer limit, String cursor) {
    return read(caller, (s, a) -> {
      NavigableMap<Long, Space> candidates;
      if (orgId != null) {
        GlobalId id = Lookups.id(orgId, "org_id", "Organization");
        Organization org = s.organizations.get(id.number())
            .filter(o -> o.account() == caller.account() && id.matches(o.suffix())).orElse(null);
        candidates = org == null ? java.util.Collections.emptyNavigableMap() : s.spacesByOrg.find(org.num());
      } else {
        candidates = s.spacesByAccount.find(caller.account());
      }
      return Page.of("spaces", candidates, sp -> a.anyOn(sp) && containsIgnoreCase(sp.name(), name), Wire::space,
          limit, cursor);
    });
  }

  /**
   * createSpace: organization ADMIN (403 when the organization is visible, 404 when not); the name is
   * unique in the organization.
   *
   * @param caller the caller
   * @param body the request
   * @return the space
   */
  public Map<String, Object> create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Organization org = OrganizationService.administered(s, a, b.string("organization_id"));
      String name = name(b, "name", 255);
      uniqueName(s, org.num(), name);
      Space space = s.spaces.put(new Space(s.spaces.nextNumber(), ids.suffix(), caller.account(), org.num(), name,
          b.string("description", ""), now()));
      return Wire.space(space);
    });
  }

  /**
   * getSpace: needs SPACE_READ (403 when the caller sees the organization, else 404).
   *
   * @param caller the caller
   * @param spaceId the space
   * @return the space
   */
  public Map<String, Object> get(Caller caller, String spaceId) {
    return read(caller, (s, a) -> Wire.space(permitted(s, a, spaceId, Permission.SPACE_READ)));
  }

  /**
   * updateSpace: needs SPACE_UPDATE; at least one field; the new name stays unique in the organization.
   *
   * @param caller the caller
   * @param spaceId the space
   * @param body the request
   * @return the space
   */
  public Map<String, Object> update(Caller caller, String spaceId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Space space = permitted(s, a, spaceId, Permission.SPACE_UPDATE);
      if (b.isEmpty()) {
        throw ApiError.badRequest("At least one of name or description is required.");
      }
      String name = space.name();
      if (b.has("name")) {
        name = name(b, "name", 255);
        if (!name.equals(space.name())) {
          uniqueName(s, space.org(), name);
        }
      }
      Space updated = s.spaces.put(new Space(space.num(), space.suffix(), space.account(), space.org(), name,
          b.string("description", space.description()), space.createdAt()));
      return Wire.space(updated);
    });
  }

  /**
   * deleteSpace: needs SPACE_DELETE; cascades to projects, bindings, restrictions, memberships and service keys.
   *
   * @param caller the caller
   * @param spaceId the space
   */
  public void delete(Caller caller, String spaceId) {
    write(caller, (s, a) -> {
      Cascades.deleteSpace(s, permitted(s, a, spaceId, Permission.SPACE_DELETE));
      return null;
    });
  }

  /**
   * addSpaceUser: an upsert (same membership ID). PREDEFINED roles need space admin, CUSTOM roles
   * ROLE_BINDING_CREATE; the user must be a member of the parent organization (400); annotator rules.
   *
   * @param caller the caller
   * @param spaceId the space
   * @param body the request
   * @return the membership
   */
  public Map<String, Object> addUser(Caller caller, String spaceId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Space space = visible(s, a, spaceId);
      Body role = b.object("role");
      if (role == null) {
        throw ApiError.badRequest("role: is required.");
      }
      boolean custom = "CUSTOM".equals(role.string("type"));
      if (custom ? !a.can(space, Permission.ROLE_BINDING_CREATE) : !a.spaceAdmin(space)) {
        throw ApiError.forbidden(custom ? "ROLE_BINDING_CREATE on the space is required to assign a custom role."
            : "Space admin is required.");
      }
      User user = Lookups.user(s, caller, b.string("user_id"), "user_id");
      if (s.orgMembershipsByPair.first(List.of(space.org(), user.num())).isEmpty()) {
        throw ApiError.badRequest("user_id: the user is not a member of the parent organization.");
      }
      Lookups.RoleRef customRole = null;
      String predefined = null;
      if (custom) {
        customRole = Lookups.role(s, caller, role.string("id"), "role.id");
        if (customRole.isPredefined()) {
          throw ApiError.badRequest("role.id: " + customRole.name() + " is a predefined role; use type PREDEFINED.");
        }
      } else {
        predefined = role.string("name");
        OrganizationService.annotatorRule(user, predefined, "space");
      }
      SpaceMembership saved = assign(s, ids, now(), space, user, predefined, customRole == null ? 0 : customRole.number());
      return Wire.spaceMembership(saved, s);
    });
  }

  /**
   * Upserts a space membership: a CUSTOM one is held by the role binding (user, SPACE, space).
   *
   * @return the membership
   */
  static SpaceMembership assign(State s, Ids ids, Instant now, Space space, User user, String predefined,
      long customRole) {
    SpaceMembership existing = s.spaceMembershipsByPair.first(List.of(space.num(), user.num())).orElse(null);
    RoleBinding binding = s.bindingsByUserResource.first(List.of(user.num(), "SPACE", space.num())).orElse(null);
    if (predefined == null) {
      if (binding == null) {
        s.roleBindings.put(new RoleBinding(s.roleBindings.nextNumber(), ids.suffix(), space.account(), user.num(),
            customRole, "SPACE", space.num(), space.num(), now, now));
      } else if (binding.role() != customRole) {
        s.roleBindings.put(new RoleBinding(binding.num(), binding.suffix(), binding.account(), binding.user(),
            customRole, "SPACE", space.num(), space.num(), binding.createdAt(), now));
      }
    } else if (existing != null && existing.role() == null && binding != null) {
      s.roleBindings.remove(binding.num());
    }
    SpaceMembership saved = existing == null
        ? new SpaceMembership(s.spaceMemberships.nextNumber(), ids.suffix(), space.account(), space.org(), space.num(),
            user.num(), predefined)
        : new SpaceMembership(existing.num(), existing.suffix(), existing.account(), space.org(), space.num(),
            user.num(), predefined);
    return s.spaceMemberships.put(saved);
  }

  /**
   * removeSpaceUser: space admin or ROLE_BINDING_DELETE; removes the membership and the user's
   * bindings on the space; 404 when the user is not a member.
   *
   * @param caller the caller
   * @param spaceId the space
   * @param userId the user
   */
  public void removeUser(Caller caller, String spaceId, String userId) {
    write(caller, (s, a) -> {
      Space space = visible(s, a, spaceId);
      if (!a.spaceAdmin(space) && !a.can(space, Permission.ROLE_BINDING_DELETE)) {
        throw ApiError.forbidden("Space admin or ROLE_BINDING_DELETE on the space is required.");
      }
      User user = Lookups.user(s, caller, userId, "user_id");
      SpaceMembership m = s.spaceMembershipsByPair.first(List.of(space.num(), user.num()))
          .orElseThrow(() -> ApiError.notFound("User " + userId + " is not a member of space " + spaceId + "."));
      Cascades.removeSpaceMembership(s, m);
      return null;
    });
  }

  /** A space the caller can see at all (404 otherwise). */
  static Space visible(State s, Access a, String spaceId) {
    return visible(s, a, spaceId, "space_id");
  }

  /** A space the caller can see at all (404 otherwise), named by {@code field}. */
  static Space visible(State s, Access a, String spaceId, String field) {
    Space space = Lookups.space(s, a.caller(), spaceId, field);
    if (!a.seesSpace(space)) {
      throw ApiError.notFound("Space " + spaceId + " was not found.");
    }
    return space;
  }

  /**
   * A space a list may be scoped to: one on which the caller holds something (admins of its
   * organization or account included); 404 otherwise, as list operations answer for a missing or
   * inaccessible scope.
   */
  static Space scope(State s, Access a, String spaceId) {
    Space space = visible(s, a, spaceId);
    if (!a.anyOn(space)) {
      throw ApiError.notFound("Space " + spaceId + " was not found.");
    }
    return space;
  }

  /** A space on which the caller holds {@code permission}: 403 when visible, 404 when not. */
  static Space permitted(State s, Access a, String spaceId, Permission permission) {
    Space space = visible(s, a, spaceId);
    if (!a.can(space, permission)) {
      throw ApiError.forbidden(permission + " on the space is required.");
    }
    return space;
  }

  private static void uniqueName(State s, long org, String name) {
    if (s.spacesByName.first(List.of(org, name)).isPresent()) {
      throw ApiError.conflict("A space named " + name + " already exists in this organization.");
    }
  }
}
