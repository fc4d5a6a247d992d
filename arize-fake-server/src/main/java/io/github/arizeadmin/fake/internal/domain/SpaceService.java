package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.RoleBindings.Resource;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.internal.store.Tags;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Spaces and their members. */
public final class SpaceService extends Service {
  /**
   * createSpace's body.
   *
   * @param organizationId the organization (the seed loader passes null: the space is nested)
   * @param name the name
   * @param description the description, or null
   */
  public record Create(String organizationId, String name, String description) {
    /** A space with just a name, the other fields left out (the fresh state's). */
    static Create named(String name) {
      return new Create(null, name, "");
    }
  }

  /**
   * updateSpace's body (null: unchanged).
   *
   * @param name the new name
   * @param description the new description
   */
  public record Update(String name, String description) {
  }

  /**
   * addSpaceUser's body.
   *
   * @param userId the user
   * @param role the role
   */
  public record AddUser(String userId, RoleInput<UserSpaceRole> role) {
  }

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
   * @return the page
   */
  public Page<Space> list(Caller caller, String orgId, String name, Integer limit, String cursor) {
    Page.Request page = Page.Request.of(limit, cursor);
    GlobalId orgFilter = orgId == null ? null : Lookups.id(orgId, "org_id", GlobalId.ORGANIZATION);
    return read(caller, (s, a) -> {
      Organization org = orgFilter == null ? null : s.organizations().get(orgFilter.number())
          .filter(o -> o.account() == caller.account() && orgFilter.matches(o.tag())).orElse(null);
      if (orgFilter != null && org == null) {
        return new Page<Space>(List.of(), null);
      }
      var byName = name == null ? null : s.spaces().nameMayContain(name, page.after());
      return page.page(after -> byName != null ? byName
              : org != null ? s.spaces().ofOrganization(org, after) : s.spaces().ofAccount(caller.account(), after),
          sp -> sp.account() == caller.account() && (org == null || sp.org() == org.num())
              && containsIgnoreCase(sp.name(), name) && a.anyOn(sp),
          sp -> view(s, sp));
    });
  }

  /**
   * createSpace: organization ADMIN (403 when the organization is visible, 404 when not); the name is
   * unique in the organization.
   *
   * @param caller the caller
   * @param command the request
   * @return the space
   */
  public Space create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      Organization org = OrganizationService.administered(s, a, command.organizationId());
      return view(s, insert(s, org, command, Origin.fresh(s.spaces(), ids, now())));
    });
  }

  /** The name rules, then the insert: shared by the API and the seed loader. */
  static Records.Space insert(State s, Organization org, Create command, Origin origin) {
    String name = name(command.name(), "name", 255);
    uniqueName(s, org, name);
    return s.spaces().put(new Records.Space(origin.number(), origin.tag(), org.account(), org.num(), name,
        command.description() == null ? "" : command.description(), origin.at()));
  }

  /**
   * getSpace: needs SPACE_READ (403 when the caller sees the organization, else 404).
   *
   * @param caller the caller
   * @param spaceId the space
   * @return the space
   */
  public Space get(Caller caller, String spaceId) {
    return read(caller, (s, a) -> view(s, permitted(s, a, spaceId, Permission.SPACE_READ)));
  }

  /**
   * updateSpace: needs SPACE_UPDATE; at least one field; the new name stays unique in the organization.
   *
   * @param caller the caller
   * @param spaceId the space
   * @param command the request
   * @return the space
   */
  public Space update(Caller caller, String spaceId, Update command) {
    return write(caller, (s, a) -> {
      Records.Space space = permitted(s, a, spaceId, Permission.SPACE_UPDATE);
      atLeastOne("name or description", command.name(), command.description());
      String name = space.name();
      if (command.name() != null) {
        name = name(command.name(), "name", 255);
        if (!name.equals(space.name())) {
          uniqueName(s, s.organizations().row(space.org()), name);
        }
      }
      return view(s, s.spaces().put(new Records.Space(space.num(), space.tag(), space.account(), space.org(), name,
          command.description() == null ? space.description() : command.description(), space.createdAt())));
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
   * @param command the request
   * @return the membership
   */
  public io.github.arizeadmin.fake.state.SpaceMembership addUser(Caller caller, String spaceId, AddUser command) {
    return write(caller, (s, a) -> {
      Records.Space space = visible(s, a, spaceId);
      boolean custom = command.role().isCustom();
      if (custom ? !a.can(space, Permission.ROLE_BINDING_CREATE) : !a.spaceAdmin(space)) {
        throw ApiError.forbidden(custom ? "ROLE_BINDING_CREATE on the space is required to assign a custom role."
            : "Space admin is required.");
      }
      User user = Lookups.user(s, caller.account(), command.userId(), "user_id");
      long customRole = 0;
      if (custom) {
        memberOfParent(s, space, user);
        Lookups.RoleRef role = Lookups.role(s, caller.account(), command.role().customId(), "role.id");
        if (role.isPredefined()) {
          throw ApiError.badRequest("role.id", role.name() + " is a predefined role; use type PREDEFINED.");
        }
        customRole = role.number();
      }
      return membershipView(s, join(s, ids, now(), space, user, command.role().predefined(), customRole));
    });
  }

  /**
   * Upserts a space membership after the rules (the user is a member of the parent organization;
   * annotator rules for predefined roles); a CUSTOM one is held by the role binding (user, SPACE,
   * space). Shared by the API, service keys and the seed loader.
   *
   * @param predefined the predefined role, or null for {@code customRole}
   * @param customRole the custom role's number when {@code predefined} is null
   * @return the membership
   */
  static SpaceMembership join(State s, Ids ids, Instant now, Records.Space space, User user, UserSpaceRole predefined,
      long customRole) {
    return join(s, ids, now, space, user, predefined, customRole, s.spaceMemberships().find(space, user).orElse(null),
        null, null);
  }

  /**
   * {@link #join}, when the caller already looked up the user's membership in the space. A new
   * membership, and a new binding holding a CUSTOM role, take their numbers, tags and times from
   * {@code membership} and {@code binding} when given (a seed's IDs), fresh ones otherwise.
   */
  static SpaceMembership join(State s, Ids ids, Instant now, Records.Space space, User user, UserSpaceRole predefined,
      long customRole, SpaceMembership existing, Origin membership, Origin binding) {
    memberOfParent(s, space, user);
    if (predefined != null) {
      OrganizationService.annotatorRule(user, predefined, "space");
    }
    Resource resource = new Resource(RoleBindingResourceType.SPACE, space.num());
    RoleBinding held = predefined == null || existing != null && existing.custom()
        ? s.roleBindings().find(user, resource).orElse(null) : null;
    if (predefined == null) {
      if (held == null) {
        Origin made = Origin.orFresh(binding, s.roleBindings(), ids, now);
        s.roleBindings().put(new RoleBinding(made.number(), made.tag(), space.account(), user.num(), customRole,
            RoleBindingResourceType.SPACE, space.num(), space.num(), made.at(), made.updatedAt()));
      } else if (held.role() != customRole) {
        s.roleBindings().put(held.withRole(customRole, now));
      }
    } else if (existing != null && existing.custom() && held != null) {
      s.roleBindings().remove(held.num());
    }
    if (existing != null) {
      return s.spaceMemberships().put(new SpaceMembership(existing.num(), existing.tag(), space.num(), user.num(),
          predefined));
    }
    Origin made = Origin.orFresh(membership, s.spaceMemberships(), ids, now);
    return s.spaceMemberships().put(new SpaceMembership(made.number(), Tags.pack(made.tag()), space.num(), user.num(),
        predefined));
  }

  private static void memberOfParent(State s, Records.Space space, User user) {
    if (s.orgMemberships().find(s.organizations().row(space.org()), user).isEmpty()) {
      throw ApiError.badRequest("user_id", "the user is not a member of the parent organization.");
    }
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
      Records.Space space = visible(s, a, spaceId);
      if (!a.spaceAdmin(space) && !a.can(space, Permission.ROLE_BINDING_DELETE)) {
        throw ApiError.forbidden("Space admin or ROLE_BINDING_DELETE on the space is required.");
      }
      User user = Lookups.user(s, caller.account(), userId, "user_id");
      SpaceMembership m = s.spaceMemberships().find(space, user)
          .orElseThrow(() -> ApiError.notFound("User " + userId + " is not a member of space " + spaceId + "."));
      Cascades.removeSpaceMembership(s, m);
      return null;
    });
  }

  /** A space the caller can see at all (404 otherwise). */
  static Records.Space visible(State s, Access a, String spaceId) {
    return visible(s, a, spaceId, "space_id");
  }

  /** A space the caller can see at all (404 otherwise), named by {@code field}. */
  static Records.Space visible(State s, Access a, String spaceId, String field) {
    Records.Space space = Lookups.space(s, a.caller().account(), spaceId, field);
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
  static Records.Space scope(State s, Access a, String spaceId) {
    Records.Space space = visible(s, a, spaceId);
    if (!a.anyOn(space)) {
      throw ApiError.notFound("Space " + spaceId + " was not found.");
    }
    return space;
  }

  /** A space on which the caller holds {@code permission}: 403 when visible, 404 when not. */
  static Records.Space permitted(State s, Access a, String spaceId, Permission permission) {
    Records.Space space = visible(s, a, spaceId);
    if (!a.can(space, permission)) {
      throw ApiError.forbidden(permission + " on the space is required.");
    }
    return space;
  }

  /** A space's own fields, as the seed document holds them (the exporter's side of {@link #insert}). */
  static Create fields(Records.Space sp) {
    return new Create(null, sp.name(), sp.description());
  }

  static Space view(State s, Records.Space sp) {
    return new Space(Lookups.spaceId(sp), Lookups.orgId(s, sp.org()), sp.name(), sp.description(), sp.createdAt());
  }

  static SpaceRoleAssignment roleView(State s, SpaceMembership m) {
    if (!m.custom()) {
      return new SpaceRoleAssignment.Predefined(m.role());
    }
    long role = Access.customBinding(s, m).role();
    return new SpaceRoleAssignment.Custom(Lookups.roleId(s, role), Lookups.roleName(s, role));
  }

  static io.github.arizeadmin.fake.state.SpaceMembership membershipView(State s, SpaceMembership m) {
    return new io.github.arizeadmin.fake.state.SpaceMembership(
        GlobalId.of(GlobalId.SPACE_MEMBERSHIP, m.num(), Tags.unpack(m.tag())), Lookups.userId(s, m.user()),
        Lookups.spaceId(s, m.space()), roleView(s, m));
  }

  private static void uniqueName(State s, Organization org, String name) {
    if (s.spaces().byName(org, name).isPresent()) {
      throw ApiError.conflict("name", "a space named " + name + " already exists in this organization.");
    }
  }
}
