package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.output.View;
import io.github.arizeadmin.cli.output.View.Column;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.ServiceKeyBotUser;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of every result (named as the service's JSON fields, in its order, so a table, a CSV
 * header and a {@code jq} path read alike) and its JSON (the core's wire JSON of the value).
 */
final class Views {
  static final View<Organization> ORGANIZATION = new View<>("organizations", "organizations", List.of(
      column("id", Organization::id), column("name", Organization::name),
      column("description", Organization::description), column("created_at", o -> time(o.createdAt()))),
      Organization::toJson);

  static final View<Space> SPACE = new View<>("spaces", "spaces", List.of(
      column("id", Space::id), column("name", Space::name), column("description", Space::description),
      column("created_at", s -> time(s.createdAt()))), Space::toJson);

  static final View<User> USER = new View<>("users", "users", userColumns(Function.identity()), User::toJson);

  static final View<CreatedUser> CREATED_USER = new View<>("users", "users", createdUserColumns(),
      CreatedUser::toJson);

  static final View<Role> ROLE = new View<>("roles", "roles", List.of(
      column("id", Role::id), column("name", Role::name), column("description", Role::description),
      column("is_predefined", r -> Boolean.toString(r.isPredefined())),
      column("permissions", r -> r.permissions().stream().map(Permission::name).collect(Collectors.joining(", "))),
      column("created_at", r -> time(r.createdAt())), column("updated_at", r -> time(r.updatedAt()))),
      Role::toJson);

  static final View<RoleBinding> ROLE_BINDING = new View<>("role_bindings", "role bindings", List.of(
      column("id", RoleBinding::id), column("role_id", RoleBinding::roleId), column("user_id", RoleBinding::userId),
      column("resource_type", b -> b.resourceType().name()), column("resource_id", RoleBinding::resourceId),
      column("created_at", b -> time(b.createdAt())), column("updated_at", b -> time(b.updatedAt()))),
      RoleBinding::toJson);

  static final View<ResourceRestriction> RESTRICTION = new View<>("resource_restrictions", "resource restrictions",
      List.of(column("resource_type", r -> r.resourceType().name()), column("resource_id", ResourceRestriction::resourceId),
          column("created_at", r -> time(r.createdAt()))), ResourceRestriction::toJson);

  static final View<ApiKey> API_KEY = new View<>("api_keys", "API keys", apiKeyColumns(Function.identity()),
      ApiKey::toJson);

  static final View<CreatedApiKey> CREATED_API_KEY = new View<>("api_keys", "API keys", createdKeyColumns(),
      CreatedApiKey::toJson);

  static final View<Project> PROJECT = new View<>("projects", "projects", List.of(
      column("id", Project::id), column("name", Project::name), column("space_id", Project::spaceId),
      column("created_at", p -> time(p.createdAt()))), Project::toJson);

  static final View<OrganizationMembership> ORGANIZATION_MEMBERSHIP = new View<>("memberships", "memberships",
      List.of(column("id", OrganizationMembership::id), column("user_id", OrganizationMembership::userId),
          column("organization_id", OrganizationMembership::organizationId),
          column("role", m -> m.role().toString())), OrganizationMembership::toJson);

  static final View<SpaceMembership> SPACE_MEMBERSHIP = new View<>("memberships", "memberships", List.of(
      column("id", SpaceMembership::id), column("user_id", SpaceMembership::userId),
      column("space_id", SpaceMembership::spaceId), column("role", m -> m.role().toString())),
      SpaceMembership::toJson);

  private Views() {
  }

  private static <T> Column<T> column(String header, Function<T, String> value) {
    return new Column<>(header, value);
  }

  private static <T> List<Column<T>> userColumns(Function<T, User> user) {
    return List.of(column("id", t -> user.apply(t).id()), column("name", t -> user.apply(t).name()),
        column("email", t -> user.apply(t).email()), column("created_at", t -> time(user.apply(t).createdAt())),
        column("status", t -> user.apply(t).status().name()), column("role", t -> user.apply(t).role().toString()),
        column("is_developer", t -> Boolean.toString(user.apply(t).isDeveloper())));
  }

  private static List<Column<CreatedUser>> createdUserColumns() {
    List<Column<CreatedUser>> columns = new ArrayList<>(userColumns(CreatedUser::user));
    columns.add(column("invite_mode", u -> u.inviteMode().map(Enum::name).orElse("")));
    columns.add(column("temporary_password", u -> u.temporaryPassword().orElse("")));
    return columns;
  }

  private static <T> List<Column<T>> apiKeyColumns(Function<T, ApiKey> key) {
    return List.of(column("id", t -> key.apply(t).id()), column("name", t -> key.apply(t).name()),
        column("description", t -> key.apply(t).description().orElse("")),
        column("key_type", t -> key.apply(t).keyType().name()), column("status", t -> key.apply(t).status().name()),
        column("redacted_key", t -> key.apply(t).redactedKey()),
        column("created_at", t -> time(key.apply(t).createdAt())),
        column("expires_at", t -> time(key.apply(t).expiresAt())),
        column("created_by_user_id", t -> key.apply(t).createdByUserId()),
        column("last_used_at", t -> time(key.apply(t).lastUsedAt())));
  }

  private static List<Column<CreatedApiKey>> createdKeyColumns() {
    List<Column<CreatedApiKey>> columns = new ArrayList<>(apiKeyColumns(CreatedApiKey::apiKey));
    columns.add(column("key", CreatedApiKey::key));
    columns.add(column("bot_user_id", k -> k.botUser().map(ServiceKeyBotUser::id).orElse("")));
    return columns;
  }

  /** How messages name a resource: {@code "team-alpha" (U3BhY2U6MTpLYnlM)}. */
  static String named(String name, String id) {
    return "\"" + name + "\" (" + id + ")";
  }

  static String time(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  static String time(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse("");
  }
}
