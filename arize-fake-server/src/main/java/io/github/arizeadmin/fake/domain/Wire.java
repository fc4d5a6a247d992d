package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.ApiKey;
import io.github.arizeadmin.fake.store.Records.OrgMembership;
import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Restriction;
import io.github.arizeadmin.fake.store.Records.Role;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire form (the contract's schemas, snake_case, no nulls) of every record. */
final class Wire {
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Wire() {
  }

  static String time(Instant instant) {
    return RFC3339.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
  }

  static String userId(long num, State s) {
    return s.users.get(num).map(u -> GlobalId.of("User", u.num(), u.suffix())).orElse(GlobalId.of("User", num, ""));
  }

  static String orgId(Organization o) {
    return GlobalId.of("Organization", o.num(), o.suffix());
  }

  static String spaceId(Space sp) {
    return GlobalId.of("Space", sp.num(), sp.suffix());
  }

  static String spaceId(long num, State s) {
    return s.spaces.get(num).map(Wire::spaceId).orElse(GlobalId.of("Space", num, ""));
  }

  static String projectId(Project p) {
    return GlobalId.of("Model", p.num(), p.suffix());
  }

  static String projectId(long num, State s) {
    return s.projects.get(num).map(Wire::projectId).orElse(GlobalId.of("Model", num, ""));
  }

  static String roleId(long num, State s) {
    PredefinedRoles.Predefined p = PredefinedRoles.byNumber(num);
    if (p != null) {
      return p.id();
    }
    return s.roles.get(num).map(r -> GlobalId.of("Role", r.num(), r.suffix())).orElse(GlobalId.of("Role", num, ""));
  }

  static String roleName(long num, State s) {
    PredefinedRoles.Predefined p = PredefinedRoles.byNumber(num);
    return p != null ? p.name() : s.roles.get(num).map(Role::name).orElse("");
  }

  static Map<String, Object> predefined(String name) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "PREDEFINED");
    out.put("name", name);
    return out;
  }

  static Map<String, Object> custom(long role, State s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "CUSTOM");
    out.put("id", roleId(role, s));
    out.put("name", roleName(role, s));
    return out;
  }

  static Map<String, Object> organization(Organization o) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", orgId(o));
    out.put("name", o.name());
    out.put("description", o.description());
    out.put("created_at", time(o.createdAt()));
    return out;
  }

  static Map<String, Object> space(Space sp) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", spaceId(sp));
    out.put("name", sp.name());
    out.put("description", sp.description());
    out.put("created_at", time(sp.createdAt()));
    return out;
  }

  static Map<String, Object> user(User u) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", GlobalId.of("User", u.num(), u.suffix()));
    out.put("name", u.name());
    out.put("email", u.email());
    out.put("created_at", time(u.createdAt()));
    out.put("status", u.status());
    out.put("role", predefined(u.role()));
    out.put("is_developer", u.developer());
    return out;
  }

  static Map<String, Object> orgMembership(OrgMembership m, State s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", GlobalId.of("OrganizationMembership", m.num(), m.suffix()));
    out.put("user_id", userId(m.user(), s));
    out.put("organization_id", s.organizations.get(m.org()).map(Wire::orgId).orElse(""));
    out.put("role", predefined(m.role()));
    return out;
  }

  static Map<String, Object> spaceRole(SpaceMembership m, State s) {
    if (m.role() != null) {
      return predefined(m.role());
    }
    RoleBinding binding = s.bindingsByUserResource.first(List.of(m.user(), "SPACE", m.space())).orElseThrow();
    return custom(binding.role(), s);
  }

  static Map<String, Object> spaceMembership(SpaceMembership m, State s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", GlobalId.of("SpaceMembership", m.num(), m.suffix()));
    out.put("user_id", userId(m.user(), s));
    out.put("space_id", spaceId(m.space(), s));
    out.put("role", spaceRole(m, s));
    return out;
  }

  static Map<String, Object> role(Role r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", GlobalId.of("Role", r.num(), r.suffix()));
    out.put("name", r.name());
    if (!r.description().isEmpty()) {
      out.put("description", r.description());
    }
    out.put("permissions", List.copyOf(r.permissions()));
    out.put("is_predefined", false);
    out.put("created_at", time(r.createdAt()));
    out.put("updated_at", time(r.updatedAt()));
    return out;
  }

  static Map<String, Object> role(PredefinedRoles.Predefined r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id());
    out.put("name", r.name());
    out.put("description", r.description());
    out.put("permissions", r.permissions().stream().map(Enum::name).toList());
    out.put("is_predefined", true);
    out.put("created_at", time(PredefinedRoles.EPOCH));
    out.put("updated_at", time(PredefinedRoles.EPOCH));
    return out;
  }

  static Map<String, Object> binding(RoleBinding b, State s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", GlobalId.of("RoleBinding", b.num(), b.suffix()));
    out.put("role_id", roleId(b.role(), s));
    out.put("user_id", userId(b.user(), s));
    out.put("resource_type", b.resourceType());
    out.put("resource_id", "SPACE".equals(b.resourceType()) ? spaceId(b.resource(), s) : projectId(b.resource(), s));
    out.put("created_at", time(b.createdAt()));
    out.put("updated_at", time(b.updatedAt()));
    return out;
  }

  static Map<String, Object> project(Project p, State s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", projectId(p));
    out.put("name", p.name());
    out.put("space_id", spaceId(p.space(), s));
    out.put("created_at", time(p.createdAt()));
    return out;
  }

  static Map<String, Object> restriction(Restriction r, State s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("resource_type", "PROJECT");
    out.put("resource_id", projectId(r.project(), s));
    out.put("created_at", time(r.createdAt()));
    return out;
  }

  static Map<String, Object> apiKey(ApiKey k, State s, Instant now) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", GlobalId.of("ApiKey", k.num(), k.suffix()));
    out.put("name", k.name());
    if (!k.description().isEmpty()) {
      out.put("description", k.description());
    }
    out.put("key_type", k.type());
    out.put("status", k.status(now));
    out.put("redacted_key", k.redacted());
    out.put("created_at", time(k.createdAt()));
    if (k.expiresAt() != null) {
      out.put("expires_at", time(k.expiresAt()));
    }
    out.put("created_by_user_id", userId(k.createdBy(), s));
    if (k.lastUsedAt() != null) {
      out.put("last_used_at", time(k.lastUsedAt()));
    }
    return out;
  }
}
