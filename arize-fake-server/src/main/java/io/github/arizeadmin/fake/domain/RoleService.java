package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Role;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Predefined and custom roles. */
public final class RoleService extends Service {
  RoleService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listRoles: account ADMIN or MEMBER; predefined roles first, then custom roles oldest first.
   *
   * @param caller the caller
   * @param isPredefined filter, or null for both
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, Boolean isPredefined, Integer limit, String cursor) {
    return read(caller, (s, a) -> {
      if (!a.accountMemberOrAdmin()) {
        throw ApiError.forbidden("Account admin or member is required to list roles.");
      }
      TreeMap<Long, Object> all = new TreeMap<>();
      if (!Boolean.FALSE.equals(isPredefined)) {
        PredefinedRoles.ROLES.forEach(r -> all.put(r.number(), r));
      }
      if (!Boolean.TRUE.equals(isPredefined)) {
        all.putAll(s.rolesByAccount.find(caller.account()));
      }
      return Page.of("roles", all, r -> true, RoleService::view, limit, cursor);
    });
  }

  private static Map<String, Object> view(Object role) {
    return role instanceof Role custom ? Wire.role(custom) : Wire.role((PredefinedRoles.Predefined) role);
  }

  /**
   * getRole: any user of the account.
   *
   * @param caller the caller
   * @param roleId the role
   * @return the role
   */
  public Map<String, Object> get(Caller caller, String roleId) {
    return read(caller, (s, a) -> {
      Lookups.RoleRef role = Lookups.role(s, caller, roleId, "role_id");
      return role.isPredefined() ? Wire.role(role.predefined()) : Wire.role(role.custom());
    });
  }

  /**
   * createRole: account ADMIN; the name is unique in the account (predefined names included); at
   * least one permission.
   *
   * @param caller the caller
   * @param body the request
   * @return the role
   */
  public Map<String, Object> create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      admin(a);
      String name = name(b, "name", 255);
      uniqueName(s, caller.account(), name);
      List<String> permissions = permissions(b);
      Role role = s.roles.put(new Role(s.roles.nextNumber(), ids.suffix(), caller.account(), name,
          b.string("description", ""), permissions, now(), now()));
      return Wire.role(role);
    });
  }

  /**
   * updateRole: account ADMIN; predefined roles cannot be updated (400); at least one field;
   * {@code permissions} replaces the whole set.
   *
   * @param caller the caller
   * @param roleId the role
   * @param body the request
   * @return the role
   */
  public Map<String, Object> update(Caller caller, String roleId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      admin(a);
      Role role = custom(s, caller, roleId, "updated");
      if (b.isEmpty()) {
        throw ApiError.badRequest("At least one of name, description or permissions is required.");
      }
      String name = role.name();
      if (b.has("name")) {
        name = name(b, "name", 255);
        if (!name.equals(role.name())) {
          uniqueName(s, caller.account(), name);
        }
      }
      List<String> permissions = b.has("permissions") ? permissions(b) : role.permissions();
      Role updated = s.roles.put(new Role(role.num(), role.suffix(), role.account(), name,
          b.string("description", role.description()), permissions, role.createdAt(), now()));
      return Wire.role(updated);
    });
  }

  /**
   * deleteRole: account ADMIN; predefined roles cannot be deleted (400); its bindings and the
   * CUSTOM memberships using it go with it; the name can be used again.
   *
   * @param caller the caller
   * @param roleId the role
   */
  public void delete(Caller caller, String roleId) {
    write(caller, (s, a) -> {
      admin(a);
      Cascades.deleteRole(s, custom(s, caller, roleId, "deleted"));
      return null;
    });
  }

  private static Role custom(State s, Caller caller, String roleId, String verb) {
    Lookups.RoleRef role = Lookups.role(s, caller, roleId, "role_id");
    if (role.isPredefined()) {
      throw ApiError.badRequest("role_id: predefined roles cannot be " + verb + ".");
    }
    return role.custom();
  }

  private static List<String> permissions(Body b) {
    List<Object> raw = b.list("permissions");
    if (raw == null || raw.isEmpty()) {
      throw ApiError.badRequest("permissions: at least one permission is required.");
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Object p : raw) {
      if (!(p instanceof String name) || Permission.parse(name) == null) {
        throw ApiError.badRequest("permissions: '" + p + "' is not a permission.");
      }
      out.add(name);
    }
    return List.copyOf(new ArrayList<>(out));
  }

  private static void admin(Access a) {
    if (!a.accountAdmin()) {
      throw ApiError.forbidden("Account admin is required to manage roles.");
    }
  }

  private static void uniqueName(State s, long account, String name) {
    boolean predefined = PredefinedRoles.ROLES.stream().anyMatch(r -> r.name().equals(name));
    if (predefined || s.rolesByName.first(List.of(account, name)).isPresent()) {
      throw ApiError.conflict("A role named " + name + " already exists in this account.");
    }
  }
}
