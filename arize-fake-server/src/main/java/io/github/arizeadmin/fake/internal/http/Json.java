package io.github.arizeadmin.fake.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.github.arizeadmin.fake.internal.domain.ApiKeyService;
import io.github.arizeadmin.fake.internal.domain.OrganizationService;
import io.github.arizeadmin.fake.internal.domain.Page;
import io.github.arizeadmin.fake.internal.domain.ProjectService;
import io.github.arizeadmin.fake.internal.domain.RoleBindingService;
import io.github.arizeadmin.fake.internal.domain.RoleService;
import io.github.arizeadmin.fake.internal.domain.SpaceService;
import io.github.arizeadmin.fake.internal.domain.UserService;
import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.InviteMode;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationMembership;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Project;
import io.github.arizeadmin.fake.state.ResourceRestriction;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one place where the contract's JSON meets the domain's types: request bodies to commands,
 * results to the contract's schemas (snake_case, no nulls). The seed document reuses both
 * directions for the fields it shares with the API.
 */
final class Json {
  static final JsonFactory FACTORY = new JsonFactory();
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Json() {
  }

  /** Writes one JSON document. */
  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  static Buffer buffer(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writer.write(g);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return Buffer.buffer(out.toByteArray());
  }

  static String time(Instant instant) {
    return RFC3339.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
  }

  static void time(JsonGenerator g, String field, Instant instant) throws IOException {
    if (instant != null) {
      g.writeStringField(field, time(instant));
    }
  }

  // ---- request bodies to commands -------------------------------------------------------------

  static OrganizationService.Create createOrganization(Fields b) {
    return new OrganizationService.Create(b.string("name"), b.string("description"));
  }

  static OrganizationService.Update updateOrganization(Fields b) {
    return new OrganizationService.Update(b.string("name"), b.string("description"));
  }

  static OrganizationService.AddUser addOrganizationUser(Fields b) {
    return new OrganizationService.AddUser(b.string("user_id"), required(b, "role", OrganizationRole.class));
  }

  static SpaceService.Create createSpace(Fields b) {
    return new SpaceService.Create(b.string("organization_id"), b.string("name"), b.string("description"));
  }

  static SpaceService.Update updateSpace(Fields b) {
    return new SpaceService.Update(b.string("name"), b.string("description"));
  }

  static SpaceService.AddUser addSpaceUser(Fields b) {
    return new SpaceService.AddUser(b.string("user_id"), required(b, "role", UserSpaceRole.class));
  }

  static UserService.Create createUser(Fields b) {
    return new UserService.Create(b.string("name"), b.string("email"), required(b, "role", UserRole.class),
        b.oneOf("invite_mode", InviteMode.class), b.bool("is_developer"));
  }

  static UserService.Update updateUser(Fields b) {
    return new UserService.Update(b.string("name"), b.bool("is_developer"));
  }

  static RoleService.Create createRole(Fields b) {
    return new RoleService.Create(b.string("name"), b.string("description"), permissions(b));
  }

  static RoleService.Update updateRole(Fields b) {
    return new RoleService.Update(b.string("name"), b.string("description"), permissions(b));
  }

  private static List<Permission> permissions(Fields b) {
    return b.list("permissions", p -> {
      if (p instanceof String name) {
        try {
          return Permission.valueOf(name);
        } catch (IllegalArgumentException notOne) {
          // falls through
        }
      }
      throw ApiError.badRequest(b.path("permissions"), "'" + p + "' is not a permission.");
    });
  }

  static RoleBindingService.Create createRoleBinding(Fields b) {
    return new RoleBindingService.Create(b.string("role_id"), b.string("user_id"),
        b.oneOf("resource_type", RoleBindingResourceType.class), b.string("resource_id"));
  }

  static ProjectService.Create createProject(Fields b) {
    return new ProjectService.Create(b.string("space_id"), b.string("name"));
  }

  static ApiKeyService.Create createApiKey(Fields b) {
    List<ApiKeyService.OrganizationScope> orgs = b.objects("organizations") == null ? null
        : b.objects("organizations").stream().map(o -> new ApiKeyService.OrganizationScope(o.string("org_id"),
            o.role("role", OrganizationRole.class), o.objects("spaces") == null ? null
                : o.objects("spaces").stream().map(sp -> new ApiKeyService.SpaceScope(sp.string("space_id"),
                    sp.role("role", UserSpaceRole.class))).toList())).toList();
    return new ApiKeyService.Create(b.string("name"), b.string("description"), b.oneOf("key_type", ApiKeyType.class),
        b.time("expires_at"), b.role("account_role", UserRole.class), orgs);
  }

  static ApiKeyService.Refresh refreshApiKey(Fields b) {
    return new ApiKeyService.Refresh(b.time("expires_at"), b.integer("grace_period_seconds"));
  }

  private static <E extends Enum<E>> io.github.arizeadmin.fake.internal.domain.RoleInput<E> required(Fields b,
      String name, Class<E> levels) {
    var role = b.role(name, levels);
    if (role == null) {
      throw ApiError.badRequest(b.path(name), "is required.");
    }
    return role;
  }

  // ---- results to the contract's schemas ------------------------------------------------------

  static void organization(JsonGenerator g, Organization o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    organizationFields(g, new OrganizationService.Create(o.name(), o.description()));
    time(g, "created_at", o.createdAt());
    g.writeEndObject();
  }

  /** An organization's own fields, as the API takes and the seed document writes them. */
  static void organizationFields(JsonGenerator g, OrganizationService.Create o) throws IOException {
    g.writeStringField("name", o.name());
    g.writeStringField("description", o.description());
  }

  static void space(JsonGenerator g, Space sp) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", sp.id());
    spaceFields(g, new SpaceService.Create(sp.organizationId(), sp.name(), sp.description()));
    time(g, "created_at", sp.createdAt());
    g.writeEndObject();
  }

  /** A space's own fields, as the API takes and the seed document writes them. */
  static void spaceFields(JsonGenerator g, SpaceService.Create sp) throws IOException {
    g.writeStringField("name", sp.name());
    g.writeStringField("description", sp.description());
  }

  static void user(JsonGenerator g, User u) throws IOException {
    g.writeStartObject();
    userFields(g, u);
    g.writeEndObject();
  }

  private static void userFields(JsonGenerator g, User u) throws IOException {
    g.writeStringField("id", u.id());
    g.writeStringField("name", u.name());
    g.writeStringField("email", u.email());
    time(g, "created_at", u.createdAt());
    g.writeStringField("status", u.status().name());
    predefined(g, "role", u.role());
    g.writeBooleanField("is_developer", u.developer());
  }

  static void createdUser(JsonGenerator g, UserService.Created created) throws IOException {
    g.writeStartObject();
    userFields(g, created.user());
    if (created.created()) {
      g.writeStringField("invite_mode", created.inviteMode().name());
      if (created.temporaryPassword() != null) {
        g.writeStringField("temporary_password", created.temporaryPassword());
      }
    }
    g.writeEndObject();
  }

  static void predefined(JsonGenerator g, String field, Enum<?> role) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("type", "PREDEFINED");
    g.writeStringField("name", role.name());
    g.writeEndObject();
  }

  static void spaceRole(JsonGenerator g, String field, SpaceRoleAssignment role) throws IOException {
    if (role instanceof SpaceRoleAssignment.Predefined p) {
      predefined(g, field, p.role());
    } else if (role instanceof SpaceRoleAssignment.Custom c) {
      g.writeObjectFieldStart(field);
      g.writeStringField("type", "CUSTOM");
      g.writeStringField("id", c.roleId());
      g.writeStringField("name", c.roleName());
      g.writeEndObject();
    }
  }

  static void orgMembership(JsonGenerator g, OrganizationMembership m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("user_id", m.userId());
    g.writeStringField("organization_id", m.organizationId());
    predefined(g, "role", m.role());
    g.writeEndObject();
  }

  static void spaceMembership(JsonGenerator g, SpaceMembership m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("user_id", m.userId());
    g.writeStringField("space_id", m.spaceId());
    spaceRole(g, "role", m.role());
    g.writeEndObject();
  }

  static void role(JsonGenerator g, Role r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    roleFields(g, new RoleService.Create(r.name(), r.description(), r.permissions()), r.predefined());
    g.writeBooleanField("is_predefined", r.predefined());
    time(g, "created_at", r.createdAt());
    time(g, "updated_at", r.updatedAt());
    g.writeEndObject();
  }

  /** A role's own fields (a custom role's empty description is left out, as the API does). */
  static void roleFields(JsonGenerator g, RoleService.Create r, boolean keepEmptyDescription) throws IOException {
    g.writeStringField("name", r.name());
    if (keepEmptyDescription || !r.description().isEmpty()) {
      g.writeStringField("description", r.description());
    }
    g.writeArrayFieldStart("permissions");
    for (Permission p : r.permissions()) {
      g.writeString(p.name());
    }
    g.writeEndArray();
  }

  static void binding(JsonGenerator g, RoleBinding b) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", b.id());
    g.writeStringField("role_id", b.roleId());
    g.writeStringField("user_id", b.userId());
    g.writeStringField("resource_type", b.resourceType().name());
    g.writeStringField("resource_id", b.resourceId());
    time(g, "created_at", b.createdAt());
    time(g, "updated_at", b.updatedAt());
    g.writeEndObject();
  }

  static void project(JsonGenerator g, Project p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    projectFields(g, new ProjectService.Create(p.spaceId(), p.name()));
    g.writeStringField("space_id", p.spaceId());
    time(g, "created_at", p.createdAt());
    g.writeEndObject();
  }

  /** A project's own fields, as the API takes and the seed document writes them. */
  static void projectFields(JsonGenerator g, ProjectService.Create p) throws IOException {
    g.writeStringField("name", p.name());
  }

  static void restriction(JsonGenerator g, ResourceRestriction r) throws IOException {
    g.writeStartObject();
    g.writeStringField("resource_type", "PROJECT");
    g.writeStringField("resource_id", r.projectId());
    time(g, "created_at", r.createdAt());
    g.writeEndObject();
  }

  static void apiKey(JsonGenerator g, ApiKey k) throws IOException {
    g.writeStartObject();
    apiKeyFields(g, k);
    g.writeEndObject();
  }

  private static void apiKeyFields(JsonGenerator g, ApiKey k) throws IOException {
    g.writeStringField("id", k.id());
    g.writeStringField("name", k.name());
    if (!k.description().isEmpty()) {
      g.writeStringField("description", k.description());
    }
    g.writeStringField("key_type", k.type().name());
    g.writeStringField("status", k.status().name());
    g.writeStringField("redacted_key", k.redactedKey());
    time(g, "created_at", k.createdAt());
    time(g, "expires_at", k.expiresAt());
    g.writeStringField("created_by_user_id", k.createdByUserId());
    time(g, "last_used_at", k.lastUsedAt());
  }

  static void createdKey(JsonGenerator g, ApiKeyService.CreatedKey created) throws IOException {
    g.writeStartObject();
    apiKeyFields(g, created.key());
    g.writeStringField("key", created.rawKey());
    ApiKeyService.Bot bot = created.bot();
    if (bot != null) {
      g.writeObjectFieldStart("bot_user");
      g.writeStringField("id", bot.id());
      g.writeStringField("name", bot.name());
      predefined(g, "account_role", bot.accountRole());
      g.writeArrayFieldStart("organizations");
      for (ApiKeyService.BotOrganization o : bot.organizations()) {
        g.writeStartObject();
        g.writeStringField("org_id", o.orgId());
        predefined(g, "role", o.role());
        g.writeArrayFieldStart("spaces");
        for (ApiKeyService.BotSpace sp : o.spaces()) {
          g.writeStartObject();
          g.writeStringField("space_id", sp.spaceId());
          spaceRole(g, "role", sp.role());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes one item. */
  interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  static <T> void page(JsonGenerator g, String listKey, Page<T> page, ItemWriter<T> item) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart(listKey);
    for (T t : page.items()) {
      item.write(g, t);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("pagination");
    g.writeBooleanField("has_more", page.hasMore());
    if (page.hasMore()) {
      g.writeStringField("next_cursor", page.nextCursor());
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
