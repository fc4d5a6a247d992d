package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records.ApiKey;
import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Role;
import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Table;
import java.util.Arrays;
import java.util.Optional;

/**
 * Global IDs in and out. Inbound IDs resolve to records of the caller's account without scans: a
 * malformed or wrong-typed ID is a 400, a missing record (or one of another account) a 404.
 */
final class Lookups {
  private Lookups() {
  }

  static GlobalId id(String raw, String field, String... types) {
    GlobalId id = GlobalId.parse(raw);
    if (id == null) {
      throw ApiError.badRequest(field, "'" + raw + "' is not a valid ID.");
    }
    if (!Arrays.asList(types).contains(id.type())) {
      throw ApiError.badRequest(field, "expected " + article(types[0]) + " ID, got " + article(id.type()) + " ID.");
    }
    return id;
  }

  private static String article(String type) {
    return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  static Organization org(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.ORGANIZATION);
    return s.organizations().get(id.number()).filter(o -> o.account() == account && id.matches(o.tag()))
        .orElseThrow(() -> ApiError.notFound("Organization " + raw + " was not found."));
  }

  static Space space(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.SPACE);
    return s.spaces().get(id.number()).filter(o -> o.account() == account && id.matches(o.tag()))
        .orElseThrow(() -> ApiError.notFound("Space " + raw + " was not found."));
  }

  /** A visible user of the account: not a bot, not deleted. */
  static User user(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.USER);
    return s.users().get(id.number())
        .filter(u -> u.account() == account && id.matches(u.tag()) && !u.bot() && !u.deleted())
        .orElseThrow(() -> ApiError.notFound("User " + raw + " was not found."));
  }

  static Project project(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.PROJECT, "Project");
    return s.projects().get(id.number()).filter(o -> o.account() == account && id.matches(o.tag()))
        .orElseThrow(() -> ApiError.notFound("Project " + raw + " was not found."));
  }

  /** A role: predefined (number 1 to 4) or a custom role of the account. */
  static RoleRef role(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.ROLE);
    PredefinedRoles.Predefined predefined = PredefinedRoles.byNumber(id.number());
    if (predefined != null && id.matches(predefined.tag())) {
      return new RoleRef(predefined.number(), predefined.name(), predefined, null);
    }
    Optional<Role> custom = s.roles().get(id.number()).filter(r -> r.account() == account && id.matches(r.tag()));
    return custom.map(r -> new RoleRef(r.num(), r.name(), null, r))
        .orElseThrow(() -> ApiError.notFound("Role " + raw + " was not found."));
  }

  static RoleBinding binding(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.ROLE_BINDING);
    return s.roleBindings().get(id.number()).filter(o -> o.account() == account && id.matches(o.tag()))
        .orElseThrow(() -> ApiError.notFound("Role binding " + raw + " was not found."));
  }

  static ApiKey apiKey(State s, long account, String raw, String field) {
    GlobalId id = id(raw, field, GlobalId.API_KEY);
    return s.apiKeys().get(id.number()).filter(o -> o.account() == account && id.matches(o.tag()))
        .orElseThrow(() -> ApiError.notFound("API key " + raw + " was not found."));
  }

  static String userId(User u) {
    return GlobalId.of(GlobalId.USER, u.num(), u.tag());
  }

  static String userId(State s, long num) {
    return outbound(s.users(), GlobalId.USER, num, User::tag);
  }

  static String orgId(Organization o) {
    return GlobalId.of(GlobalId.ORGANIZATION, o.num(), o.tag());
  }

  static String orgId(State s, long num) {
    return outbound(s.organizations(), GlobalId.ORGANIZATION, num, Organization::tag);
  }

  static String spaceId(Space sp) {
    return GlobalId.of(GlobalId.SPACE, sp.num(), sp.tag());
  }

  static String spaceId(State s, long num) {
    return outbound(s.spaces(), GlobalId.SPACE, num, Space::tag);
  }

  static String projectId(Project p) {
    return GlobalId.of(GlobalId.PROJECT, p.num(), p.tag());
  }

  static String projectId(State s, long num) {
    return outbound(s.projects(), GlobalId.PROJECT, num, Project::tag);
  }

  static String roleId(State s, long num) {
    PredefinedRoles.Predefined p = PredefinedRoles.byNumber(num);
    return p != null ? p.id() : outbound(s.roles(), GlobalId.ROLE, num, Role::tag);
  }

  static String roleName(State s, long num) {
    PredefinedRoles.Predefined p = PredefinedRoles.byNumber(num);
    return p != null ? p.name() : s.roles().get(num).map(Role::name).orElse("");
  }

  private static <R extends io.github.arizeadmin.fake.internal.store.Row> String outbound(Table<R> table, String type,
      long num, java.util.function.Function<R, String> tag) {
    R row = table.row(num);
    return GlobalId.of(type, num, row == null ? "" : tag.apply(row));
  }

  /**
   * A resolved role.
   *
   * @param number the role number
   * @param name its display name
   * @param predefined the predefined role, or null
   * @param custom the custom role, or null
   */
  record RoleRef(long number, String name, PredefinedRoles.Predefined predefined, Role custom) {
    boolean isPredefined() {
      return predefined != null;
    }
  }
}
