package io.github.arizeadmin.fake.internal.admin;

import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.FakeState;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationMembership;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Project;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The typed state ({@link FakeState}) as the plain-map JSON of {@code GET /__admin/state}, and back:
 * each record is an object with its components in snake_case, enums by name, times as ISO-8601
 * instants, a space role as {@code {"type": "PREDEFINED", "name": "MEMBER"}} or
 * {@code {"type": "CUSTOM", "id": ..., "name": ...}}. The two directions sit side by side so that
 * a field cannot be written under one name and read under another.
 */
final class StateJson {
  private StateJson() {
  }

  static Map<String, Object> write(FakeState state) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("users", list(state.users(), StateJson::user));
    out.put("organizations", list(state.organizations(), StateJson::organization));
    out.put("spaces", list(state.spaces(), StateJson::space));
    out.put("projects", list(state.projects(), StateJson::project));
    out.put("custom_roles", list(state.customRoles(), StateJson::role));
    out.put("access", list(state.access(), StateJson::access));
    return out;
  }

  static FakeState read(Map<String, ?> json) {
    Fields f = new Fields(json, "");
    return new FakeState(f.list("users", StateJson::user), f.list("organizations", StateJson::organization),
        f.list("spaces", StateJson::space), f.list("projects", StateJson::project),
        f.list("custom_roles", StateJson::role), f.list("access", StateJson::access));
  }

  private static Map<String, Object> user(User u) {
    return object("id", u.id(), "name", u.name(), "email", u.email(), "role", u.role().name(),
        "status", u.status().name(), "developer", u.developer(), "created_at", time(u.createdAt()));
  }

  private static User user(Fields f) {
    return new User(f.string("id"), f.string("name"), f.string("email"), f.oneOf("role", UserRole.class),
        f.oneOf("status", UserStatus.class), f.bool("developer"), f.time("created_at"));
  }

  private static Map<String, Object> organization(Organization o) {
    return object("id", o.id(), "name", o.name(), "description", o.description(), "created_at", time(o.createdAt()));
  }

  private static Organization organization(Fields f) {
    return new Organization(f.string("id"), f.string("name"), f.string("description"), f.time("created_at"));
  }

  private static Map<String, Object> space(Space s) {
    return object("id", s.id(), "organization_id", s.organizationId(), "name", s.name(),
        "description", s.description(), "created_at", time(s.createdAt()));
  }

  private static Space space(Fields f) {
    return new Space(f.string("id"), f.string("organization_id"), f.string("name"), f.string("description"),
        f.time("created_at"));
  }

  private static Map<String, Object> project(Project p) {
    return object("id", p.id(), "space_id", p.spaceId(), "name", p.name(), "created_at", time(p.createdAt()));
  }

  private static Project project(Fields f) {
    return new Project(f.string("id"), f.string("space_id"), f.string("name"), f.time("created_at"));
  }

  private static Map<String, Object> role(Role r) {
    return object("id", r.id(), "name", r.name(), "description", r.description(),
        "permissions", r.permissions().stream().map(Permission::name).toList(), "predefined", r.predefined(),
        "created_at", time(r.createdAt()), "updated_at", time(r.updatedAt()));
  }

  private static Role role(Fields f) {
    return new Role(f.string("id"), f.string("name"), f.string("description"),
        f.listOfValues("permissions", p -> Fields.constant(Permission.class, p, f.path + "permissions")),
        f.bool("predefined"), f.time("created_at"), f.time("updated_at"));
  }

  private static Map<String, Object> access(UserAccess a) {
    return object("user", user(a.user()),
        "organization_memberships", list(a.organizationMemberships(), StateJson::organizationMembership),
        "space_memberships", list(a.spaceMemberships(), StateJson::spaceMembership),
        "role_bindings", list(a.roleBindings(), StateJson::binding),
        "api_keys", list(a.apiKeys(), StateJson::apiKey));
  }

  private static UserAccess access(Fields f) {
    return new UserAccess(user(f.object("user")), f.list("organization_memberships", StateJson::organizationMembership),
        f.list("space_memberships", StateJson::spaceMembership), f.list("role_bindings", StateJson::binding),
        f.list("api_keys", StateJson::apiKey));
  }

  private static Map<String, Object> organizationMembership(OrganizationMembership m) {
    return object("id", m.id(), "user_id", m.userId(), "organization_id", m.organizationId(), "role", m.role().name());
  }

  private static OrganizationMembership organizationMembership(Fields f) {
    return new OrganizationMembership(f.string("id"), f.string("user_id"), f.string("organization_id"),
        f.oneOf("role", OrganizationRole.class));
  }

  private static Map<String, Object> spaceMembership(SpaceMembership m) {
    Map<String, Object> role = m.role() instanceof SpaceRoleAssignment.Custom c
        ? object("type", "CUSTOM", "id", c.roleId(), "name", c.roleName())
        : object("type", "PREDEFINED", "name", ((SpaceRoleAssignment.Predefined) m.role()).role().name());
    return object("id", m.id(), "user_id", m.userId(), "space_id", m.spaceId(), "role", role);
  }

  private static SpaceMembership spaceMembership(Fields f) {
    Fields role = f.object("role");
    String type = role.string("type");
    SpaceRoleAssignment assignment = switch (type == null ? "" : type) {
      case "PREDEFINED" -> new SpaceRoleAssignment.Predefined(role.oneOf("name", UserSpaceRole.class));
      case "CUSTOM" -> new SpaceRoleAssignment.Custom(role.string("id"), role.string("name"));
      default -> throw new IllegalArgumentException(role.path + "type: PREDEFINED or CUSTOM is required (got " + type + ").");
    };
    return new SpaceMembership(f.string("id"), f.string("user_id"), f.string("space_id"), assignment);
  }

  private static Map<String, Object> binding(RoleBinding b) {
    return object("id", b.id(), "role_id", b.roleId(), "user_id", b.userId(), "resource_type", b.resourceType().name(),
        "resource_id", b.resourceId(), "created_at", time(b.createdAt()), "updated_at", time(b.updatedAt()));
  }

  private static RoleBinding binding(Fields f) {
    return new RoleBinding(f.string("id"), f.string("role_id"), f.string("user_id"),
        f.oneOf("resource_type", RoleBindingResourceType.class), f.string("resource_id"), f.time("created_at"),
        f.time("updated_at"));
  }

  private static Map<String, Object> apiKey(ApiKey k) {
    return object("id", k.id(), "name", k.name(), "description", k.description(), "type", k.type().name(),
        "status", k.status().name(), "redacted_key", k.redactedKey(), "created_at", time(k.createdAt()),
        "expires_at", time(k.expiresAt()), "created_by_user_id", k.createdByUserId(),
        "last_used_at", time(k.lastUsedAt()));
  }

  private static ApiKey apiKey(Fields f) {
    return new ApiKey(f.string("id"), f.string("name"), f.string("description"), f.oneOf("type", ApiKeyType.class),
        f.oneOf("status", ApiKeyStatus.class), f.string("redacted_key"), f.time("created_at"), f.time("expires_at"),
        f.string("created_by_user_id"), f.time("last_used_at"));
  }

  private static <T> List<Object> list(List<T> items, Function<T, Map<String, Object>> writer) {
    return items.stream().<Object>map(writer).toList();
  }

  /** An object from name-value pairs, in order; null values are kept (the reader takes them as absent). */
  private static Map<String, Object> object(Object... pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** Typed reads of one JSON object; a wrong type or value is an {@link IllegalArgumentException} naming its path. */
  private record Fields(Map<String, ?> json, String path) {
    String string(String name) {
      Object value = json.get(name);
      if (value != null && !(value instanceof String)) {
        throw new IllegalArgumentException(path + name + ": a string is required (got " + value + ").");
      }
      return (String) value;
    }

    boolean bool(String name) {
      Object value = json.get(name);
      if (!(value instanceof Boolean b)) {
        throw new IllegalArgumentException(path + name + ": true or false is required (got " + value + ").");
      }
      return b;
    }

    Instant time(String name) {
      String value = string(name);
      try {
        return value == null ? null : Instant.parse(value);
      } catch (java.time.format.DateTimeParseException notATime) {
        throw new IllegalArgumentException(path + name + ": an ISO-8601 instant is required (got '" + value + "').");
      }
    }

    <E extends Enum<E>> E oneOf(String name, Class<E> type) {
      return constant(type, json.get(name), path + name);
    }

    static <E extends Enum<E>> E constant(Class<E> type, Object value, String path) {
      try {
        return Enum.valueOf(type, (String) value);
      } catch (IllegalArgumentException | ClassCastException | NullPointerException notOne) {
        throw new IllegalArgumentException(path + ": one of " + List.of(type.getEnumConstants()) + " is required (got "
            + value + ").");
      }
    }

    Fields object(String name) {
      if (!(json.get(name) instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(path + name + ": a JSON object is required.");
      }
      return new Fields(cast(map), path + name + ".");
    }

    /** A list of objects, each read by {@code reader}; absent reads as empty. */
    <T> List<T> list(String name, Function<Fields, T> reader) {
      List<T> out = new ArrayList<>();
      for (Object item : items(name)) {
        if (!(item instanceof Map<?, ?> map)) {
          throw new IllegalArgumentException(path + name + "." + out.size() + ": a JSON object is required.");
        }
        out.add(reader.apply(new Fields(cast(map), path + name + "." + out.size() + ".")));
      }
      return out;
    }

    /** A list of plain values, each read by {@code reader}; absent reads as empty. */
    <T> List<T> listOfValues(String name, Function<Object, T> reader) {
      return items(name).stream().map(reader).toList();
    }

    private List<?> items(String name) {
      Object value = json.get(name);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list)) {
        throw new IllegalArgumentException(path + name + ": a JSON array is required.");
      }
      return list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
      return (Map<String, ?>) map;
    }
  }
}
