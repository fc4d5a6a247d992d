package io.github.arizeadmin.pactverifier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The named provider states built in for the common cases. Each adds to the interaction's seed
 * document (finding the users, organizations and spaces it names, adding those missing) and
 * hands back the IDs it made. The module README documents every state, parameter and value.
 */
final class Catalogue {
  static final List<String> ACCOUNT_ROLES = List.of("ADMIN", "MEMBER", "ANNOTATOR");
  static final List<String> LEVEL_ROLES = List.of("ADMIN", "MEMBER", "READ_ONLY", "ANNOTATOR");
  static final List<String> SERVICE_ROLES = List.of("ADMIN", "MEMBER", "READ_ONLY");

  /** What one named state does with its parameters. */
  @FunctionalInterface
  interface State {
    void apply(Params params, SeedDocument seed, StateValues values);
  }

  private static final Map<String, State> STATES = new LinkedHashMap<>();

  static {
    STATES.put("a user", Catalogue::user);
    STATES.put("an organization", Catalogue::organization);
    STATES.put("a space", Catalogue::space);
    STATES.put("a membership", Catalogue::membership);
    STATES.put("a custom role", Catalogue::customRole);
    STATES.put("a project", Catalogue::project);
    STATES.put("a user API key", Catalogue::userKey);
    STATES.put("a service API key", Catalogue::serviceKey);
  }

  private Catalogue() {
  }

  /** @return the state of that name (any case), or null */
  static State find(String name) {
    return STATES.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name.trim()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** @return the names of the catalogue's states */
  static List<String> names() {
    return List.copyOf(STATES.keySet());
  }

  private static void user(Params p, SeedDocument seed, StateValues values) {
    ObjectNode user = seed.user(p.required("email"));
    if (p.has("name")) {
      user.put("name", p.optional("name", null));
    }
    user.put("role", p.oneOf("role", ACCOUNT_ROLES, user.path("role").asText("MEMBER")));
    user.put("status", p.oneOf("status", List.of("ACTIVE", "INVITED", "EXPIRED"),
        user.path("status").asText("ACTIVE")));
    values.id(p.optional("as", "userId"), SeedDocument.ref(user));
  }

  private static void organization(Params p, SeedDocument seed, StateValues values) {
    ObjectNode org = seed.organization(p.required("name"));
    description(p, org);
    values.id(p.optional("as", "organizationId"), SeedDocument.ref(org));
  }

  private static void space(Params p, SeedDocument seed, StateValues values) {
    ObjectNode org = seed.organization(p.required("organization"));
    ObjectNode space = seed.space(org, p.required("name"));
    description(p, space);
    values.id("organizationId", SeedDocument.ref(org));
    values.id(p.optional("as", "spaceId"), SeedDocument.ref(space));
  }

  /**
   * A user's membership of an organization, or of a space (which makes them a member of its
   * organization first, as the service requires: MEMBER, or ANNOTATOR for annotators).
   */
  private static void membership(Params p, SeedDocument seed, StateValues values) {
    String role = p.oneOf("role", LEVEL_ROLES, "MEMBER");
    ObjectNode user = seed.user(p.required("user"));
    if (!user.has("role") && "ANNOTATOR".equals(role)) {
      user.put("role", "ANNOTATOR");
    }
    ObjectNode org = seed.organization(p.required("organization"));
    values.id("userId", SeedDocument.ref(user));
    values.id("organizationId", SeedDocument.ref(org));
    String customRole = p.optional("custom_role", null);
    if (!p.has("space")) {
      if (customRole != null) {
        throw new StateException("provider state 'a membership': custom roles are for space memberships only "
            + "(give the parameter space)");
      }
      ObjectNode member = seed.member(org, user);
      (member != null ? member : seed.addMember(org, user)).put("role", role);
      return;
    }
    if (seed.member(org, user) == null) {
      seed.addMember(org, user).put("role", "ANNOTATOR".equals(user.path("role").asText()) ? "ANNOTATOR" : "MEMBER");
    }
    ObjectNode space = seed.space(org, p.optional("space", null));
    ObjectNode member = seed.member(space, user);
    member = member != null ? member : seed.addMember(space, user);
    if (customRole != null) {
      ObjectNode custom = seed.role(customRole);
      if (custom == null) {
        throw new StateException("provider state 'a membership': custom role '" + customRole
            + "' is not set up by an earlier state (use 'a custom role' before it)");
      }
      member.remove("role");
      member.put("custom_role", SeedDocument.ref(custom));
    } else {
      member.remove("custom_role");
      member.put("role", role);
    }
    values.id("spaceId", SeedDocument.ref(space));
  }

  private static void customRole(Params p, SeedDocument seed, StateValues values) {
    ObjectNode role = seed.addRole(p.required("name"));
    var permissions = role.putArray("permissions");
    p.list("permissions").forEach(permissions::add);
    description(p, role);
    values.id(p.optional("as", "roleId"), SeedDocument.ref(role));
  }

  private static void project(Params p, SeedDocument seed, StateValues values) {
    ObjectNode org = seed.organization(p.required("organization"));
    ObjectNode space = seed.space(org, p.required("space"));
    ObjectNode project = seed.project(space, p.required("name"));
    project.put("restricted", p.bool("restricted", false));
    values.id("organizationId", SeedDocument.ref(org));
    values.id("spaceId", SeedDocument.ref(space));
    values.id(p.optional("as", "projectId"), SeedDocument.ref(project));
  }

  private static void userKey(Params p, SeedDocument seed, StateValues values) {
    ObjectNode user = seed.user(p.required("user"));
    String name = p.optional("name", "pact-key");
    ObjectNode key = seed.userKey(user, name);
    values.id("userId", SeedDocument.ref(user));
    key(p, key, name, values);
  }

  /** A service key with one space; its bot user is a member of the organization and the space. */
  private static void serviceKey(Params p, SeedDocument seed, StateValues values) {
    ObjectNode org = seed.organization(p.required("organization"));
    ObjectNode space = seed.space(org, p.required("space"));
    String name = p.required("name");
    ObjectNode creator = seed.user(p.optional("created_by", SeedDocument.FRESH_ADMIN_EMAIL));
    ObjectNode key = seed.serviceKey(name);
    key.put("created_by", SeedDocument.ref(creator));
    key.put("account_role", p.oneOf("account_role", List.of("ADMIN", "MEMBER"), "MEMBER"));
    ObjectNode grant = key.putArray("organizations").addObject().put("org", SeedDocument.ref(org))
        .put("role", p.oneOf("organization_role", SERVICE_ROLES, "READ_ONLY"));
    grant.putArray("spaces").addObject().put("space", SeedDocument.ref(space))
        .put("role", p.oneOf("role", SERVICE_ROLES, "MEMBER"));
    values.id("organizationId", SeedDocument.ref(org));
    values.id("spaceId", SeedDocument.ref(space));
    key(p, key, name, values);
  }

  /** What user and service keys share: the raw key (given, or derived from the name), status, expiry. */
  private static void key(Params p, ObjectNode key, String name, StateValues values) {
    key.put("key", p.optional("key", generatedKey(name)));
    key.put("status", p.oneOf("status", List.of("ACTIVE", "REVOKED"), "ACTIVE"));
    if (p.has("expires_at")) {
      key.put("expires_at", p.optional("expires_at", null));
    }
    values.id(p.optional("as", "apiKeyId"), SeedDocument.ref(key));
    values.key("apiKey", SeedDocument.ref(key));
  }

  private static void description(Params p, ObjectNode object) {
    if (p.has("description")) {
      object.put("description", p.optional("description", ""));
    }
  }

  /** A raw key derived from the key's name: the same on every run, in the service's format. */
  static String generatedKey(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(("arize-pact-verifier:" + name)
          .getBytes(StandardCharsets.UTF_8));
      return "ak-" + HexFormat.of().formatHex(digest).substring(0, 40).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
