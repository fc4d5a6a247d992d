package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Predefined and custom roles. */
public final class RoleService extends Service {
  /**
   * createRole's body.
   *
   * @param name the name
   * @param description the description, or null
   * @param permissions the permissions (at least one)
   */
  public record Create(String name, String description, List<Permission> permissions) {
  }

  /**
   * updateRole's body (null: unchanged; {@code permissions} replaces the whole set).
   *
   * @param name the new name
   * @param description the new description
   * @param permissions the new permissions
   */
  public record Update(String name, String description, List<Permission> permissions) {
  }

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
   * @return the page
   */
  public Page<Role> list(Caller caller, Boolean isPredefined, Integer limit, String cursor) {
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> {
      if (!a.accountMemberOrAdmin()) {
        throw ApiError.forbidden("Account admin or member is required to list roles.");
      }
      List<Listed> all = new ArrayList<>();
      if (!Boolean.FALSE.equals(isPredefined)) {
        PredefinedRoles.ROLES.stream().filter(r -> r.number() > page.after()).forEach(r -> all.add(new Listed(r.view())));
      }
      if (!Boolean.TRUE.equals(isPredefined)) {
        s.roles().ofAccount(caller.account(), page.after()).forEach(r -> all.add(new Listed(view(r))));
      }
      return page.page(after -> all, r -> true, Listed::role);
    });
  }

  /** A role in a list, numbered by its ID (predefined roles 1 to 4, custom roles from 101). */
  private record Listed(Role role) implements io.github.arizeadmin.fake.internal.store.Row {
    @Override
    public long num() {
      return GlobalId.parse(role.id()).number();
    }
  }

  /**
   * getRole: any user of the account.
   *
   * @param caller the caller
   * @param roleId the role
   * @return the role
   */
  public Role get(Caller caller, String roleId) {
    return read(caller, (s, a) -> {
      Lookups.RoleRef role = Lookups.role(s, caller.account(), roleId, "role_id");
      return role.isPredefined() ? role.predefined().view() : view(role.custom());
    });
  }

  /**
   * createRole: account ADMIN; the name is unique in the account (predefined names included); at
   * least one permission.
   *
   * @param caller the caller
   * @param command the request
   * @return the role
   */
  public Role create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      admin(a);
      return view(insert(s, caller.account(), command, Origin.fresh(s.roles(), ids, now())));
    });
  }

  /** The name and permission rules, then the insert: shared by the API and the seed loader. */
  static Records.Role insert(State s, long account, Create command, Origin origin) {
    String name = name(command.name(), "name", 255);
    uniqueName(s, account, name);
    return s.roles().put(new Records.Role(origin.number(), origin.tag(), account, name,
        command.description() == null ? "" : command.description(), permissions(command.permissions()), origin.at(),
        origin.updatedAt()));
  }

  /**
   * updateRole: account ADMIN; predefined roles cannot be updated (400); at least one field;
   * {@code permissions} replaces the whole set.
   *
   * @param caller the caller
   * @param roleId the role
   * @param command the request
   * @return the role
   */
  public Role update(Caller caller, String roleId, Update command) {
    return write(caller, (s, a) -> {
      admin(a);
      Records.Role role = custom(s, caller, roleId, "updated");
      atLeastOne("name, description or permissions", command.name(), command.description(), command.permissions());
      String name = role.name();
      if (command.name() != null) {
        name = name(command.name(), "name", 255);
        if (!name.equals(role.name())) {
          uniqueName(s, caller.account(), name);
        }
      }
      List<Permission> permissions = command.permissions() != null ? permissions(command.permissions())
          : role.permissions();
      return view(s.roles().put(new Records.Role(role.num(), role.tag(), role.account(), name,
          command.description() == null ? role.description() : command.description(), permissions, role.createdAt(),
          now())));
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

  /** A role's own fields, as the seed document holds them (the exporter's side of {@link #insert}). */
  static Create fields(Records.Role r) {
    return new Create(r.name(), r.description(), r.permissions());
  }

  static Role view(Records.Role r) {
    return new Role(GlobalId.of(GlobalId.ROLE, r.num(), r.tag()), r.name(), r.description(), r.permissions(), false,
        r.createdAt(), r.updatedAt());
  }

  private static Records.Role custom(State s, Caller caller, String roleId, String verb) {
    Lookups.RoleRef role = Lookups.role(s, caller.account(), roleId, "role_id");
    if (role.isPredefined()) {
      throw ApiError.badRequest("role_id", "predefined roles cannot be " + verb + ".");
    }
    return role.custom();
  }

  private static List<Permission> permissions(List<Permission> given) {
    if (given == null || given.isEmpty()) {
      throw ApiError.badRequest("permissions", "at least one permission is required.");
    }
    return List.copyOf(new LinkedHashSet<>(given));
  }

  private static void admin(Access a) {
    if (!a.accountAdmin()) {
      throw ApiError.forbidden("Account admin is required to manage roles.");
    }
  }

  private static void uniqueName(State s, long account, String name) {
    boolean predefined = PredefinedRoles.ROLES.stream().anyMatch(r -> r.name().equals(name));
    if (predefined || s.roles().byName(account, name).isPresent()) {
      throw ApiError.conflict("name", "a role named " + name + " already exists in this account.");
    }
  }
}
