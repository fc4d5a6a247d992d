package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.ApiKey;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Role;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import java.util.Arrays;
import java.util.Optional;

/**
 * Resolves inbound global IDs to records of the caller's account, without scans. A malformed or
 * wrong-typed ID is a 400; a missing record, or one of another account, a 404.
 */
final class Lookups {
  private Lookups() {
  }

  static GlobalId id(String raw, String field, String... types) {
    GlobalId id = GlobalId.parse(raw);
    if (id == null) {
      throw ApiError.badRequest(field + ": '" + raw + "' is not a valid ID.");
    }
    if (!Arrays.asList(types).contains(id.type())) {
      throw ApiError.badRequest(field + ": expected " + article(types[0]) + " ID, got " + article(id.type()) + " ID.");
    }
    return id;
  }

  private static String article(String type) {
    return ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  static Organization org(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "Organization");
    return s.organizations.get(id.number()).filter(o -> o.account() == c.account() && id.matches(o.suffix()))
        .orElseThrow(() -> ApiError.notFound("Organization " + raw + " was not found."));
  }

  static Space space(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "Space");
    return s.spaces.get(id.number()).filter(o -> o.account() == c.account() && id.matches(o.suffix()))
        .orElseThrow(() -> ApiError.notFound("Space " + raw + " was not found."));
  }

  /** A visible user of the account: not a bot, not deleted. */
  static User user(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "User");
    return s.users.get(id.number())
        .filter(u -> u.account() == c.account() && id.matches(u.suffix()) && !u.bot() && !u.inactive())
        .orElseThrow(() -> ApiError.notFound("User " + raw + " was not found."));
  }

  static Project project(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "Model", "Project");
    return s.projects.get(id.number()).filter(o -> o.account() == c.account() && id.matches(o.suffix()))
        .orElseThrow(() -> ApiError.notFound("Project " + raw + " was not found."));
  }

  /** A role: predefined (number 1 to 4) or a custom role of the account. */
  static RoleRef role(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "Role");
    PredefinedRoles.Predefined predefined = PredefinedRoles.byNumber(id.number());
    if (predefined != null && id.matches(predefined.suffix())) {
      return new RoleRef(predefined.number(), predefined.name(), predefined, null);
    }
    Optional<Role> custom = s.roles.get(id.number()).filter(r -> r.account() == c.account() && id.matches(r.suffix()));
    return custom.map(r -> new RoleRef(r.num(), r.name(), null, r))
        .orElseThrow(() -> ApiError.notFound("Role " + raw + " was not found."));
  }

  static RoleBinding binding(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "RoleBinding");
    return s.roleBindings.get(id.number()).filter(o -> o.account() == c.account() && id.matches(o.suffix()))
        .orElseThrow(() -> ApiError.notFound("Role binding " + raw + " was not found."));
  }

  static ApiKey apiKey(State s, Caller c, String raw, String field) {
    GlobalId id = id(raw, field, "ApiKey");
    return s.apiKeys.get(id.number()).filter(o -> o.account() == c.account() && id.matches(o.suffix()))
        .orElseThrow(() -> ApiError.notFound("API key " + raw + " was not found."));
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
