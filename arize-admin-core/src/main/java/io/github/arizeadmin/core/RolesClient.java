package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateRoleRequest;
import io.github.arizeadmin.api.generated.model.UpdateRoleRequest;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The RBAC roles of the account (the Python SDK's {@code client.roles}), predefined and custom.
 * Wherever a parameter is called {@code role} it takes a name or an ID.
 *
 * <p><b>Cost of a name</b>: an ID is sent as is. There is no server-side name filter, so a name costs
 * one {@code GET /v2/roles} per 100 roles of the account (all of them are scanned).
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass: the HTTP status's own class, or
 * {@link TransportException} when no usable answer came.
 */
public final class RolesClient {
  private final ClientContext context;
  private final RequestOptions options;

  RolesClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public RolesClient withOptions(RequestOptions requestOptions) {
    return new RolesClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists the first page of roles, predefined and custom ({@value PageIterable#DEFAULT_PAGE_SIZE} per
   * page). Sends one {@code GET /v2/roles}.
   *
   * @return the page
   */
  public Page<Role> list() {
    return list(null, PageIterable.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * Lists one page of roles. Sends one {@code GET /v2/roles}.
   *
   * @param isPredefined {@code true} for system roles only, {@code false} for custom only, {@code null} for both
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range (before any request)
   */
  public Page<Role> list(Boolean isPredefined, int limit, String cursor) {
    ClientContext.checkLimit(limit);
    context.beta("roles.list");
    return context.roles(options, isPredefined, limit, cursor);
  }

  /**
   * Iterates every role, lazily: one {@code GET /v2/roles} per page, from the first item asked for.
   *
   * @param isPredefined {@code true} for system roles only, {@code false} for custom only, {@code null} for both
   * @return the iterable
   */
  public PageIterable<Role> listAll(Boolean isPredefined) {
    return PageIterable.of((cursor, limit) -> list(isPredefined, limit, cursor));
  }

  /**
   * Gets a role. An ID sends one {@code GET /v2/roles/{role_id}}; a name is found by the scan of the
   * roles (no further request).
   *
   * @param role its name or ID
   * @return the role
   * @throws NameNotFoundException when no role has that name (the message lists every role name)
   * @throws AmbiguousNameException when several have it
   * @throws NotFoundException when no role has that ID
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Role get(String role) {
    Resolver.requireText(role, "role");
    context.beta("roles.get");
    return Resolver.get(role, this::byId, name -> resolver().rolesNamed(name));
  }

  /**
   * Finds a role, without an exception when there is none. Sends what {@link #get(String)} sends.
   *
   * @param role its name or ID
   * @return the role; empty when no role has that name, or that ID (404)
   * @throws AmbiguousNameException when several roles have that name
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Optional<Role> find(String role) {
    Resolver.requireText(role, "role");
    context.beta("roles.get");
    return Resolver.find(role, this::byId, name -> resolver().rolesNamed(name));
  }

  private Role byId(String id) {
    return Convert.role(context.transport().call(Endpoint.GET_ROLE, options, () -> context.api().roles().getRole(id)));
  }

  /**
   * Creates a custom role. Sends one {@code POST /v2/roles} (never retried: a repeat would answer 409).
   *
   * @param name the name, unique in the account
   * @param permissions at least one permission
   * @param description the description, or {@code null}
   * @return the new role
   * @throws ConflictException when the name is taken
   * @throws IllegalArgumentException when the name is blank or there is no permission (before any request)
   */
  public Role create(String name, List<Permission> permissions, String description) {
    Resolver.requireText(name, "name");
    requirePermissions(permissions);
    context.beta("roles.create");
    CreateRoleRequest body = new CreateRoleRequest().name(name).description(description)
        .permissions(Convert.wire(permissions));
    return Convert.role(context.transport().call(Endpoint.CREATE_ROLE, options,
        () -> context.api().roles().createRole(body)));
  }

  /**
   * Returns the role with this exact name, creating it as a custom role when there is none: safe to
   * run again. Costs the scan of the roles (one {@code GET /v2/roles} per 100 roles), plus one {@code
   * POST /v2/roles} when it creates. An existing role is returned as it is, even when its permissions
   * differ (change them with {@link #update(String, RoleUpdate)}). When another client creates the same
   * name in between (409), the scan is made once more and its result returned.
   *
   * @param name the exact name (always a name, even when it looks like an ID)
   * @param permissions the permissions of a new role, at least one
   * @param description the description of a new role, or {@code null}
   * @return the existing or new role
   * @throws AmbiguousNameException when several roles have that name
   * @throws IllegalArgumentException when the name is blank or there is no permission (before any request)
   */
  public Role ensure(String name, List<Permission> permissions, String description) {
    Resolver.requireText(name, "name");
    requirePermissions(permissions);
    context.beta("roles.get");
    return Resolver.findOrCreate(() -> resolver().rolesNamed(name).find(), () -> create(name, permissions, description));
  }

  /**
   * Updates a custom role: each change given replaces the old value (the permissions as a whole set);
   * the rest is kept. Sends one {@code PATCH /v2/roles/{role_id}}, after the name's scan.
   *
   * <pre>{@code
   * client.roles().update("Auditor", RoleUpdate.permissions(List.of(Permission.USER_READ)).withName("Reader"));
   * }</pre>
   *
   * @param role its name or ID
   * @param changes what to change
   * @return the updated role
   * @throws NameNotFoundException when no role has that name
   * @throws BadRequestException when the role is predefined
   * @throws ConflictException when the new name is taken
   */
  public Role update(String role, RoleUpdate changes) {
    Objects.requireNonNull(changes, "changes");
    context.beta("roles.update");
    String id = resolver().roleId(role);
    UpdateRoleRequest body = new UpdateRoleRequest().name(changes.name()).description(changes.description())
        .permissions(changes.permissions() == null ? null : Convert.wire(changes.permissions()));
    return Convert.role(context.transport().call(Endpoint.UPDATE_ROLE, options,
        () -> context.api().roles().updateRole(id, body)));
  }

  /**
   * Deletes a custom role (and the bindings that use it). Sends one {@code DELETE /v2/roles/{role_id}},
   * after the name's scan.
   *
   * @param role its name or ID
   * @throws NameNotFoundException when no role has that name
   * @throws BadRequestException when the role is predefined
   */
  public void delete(String role) {
    context.beta("roles.delete");
    String id = resolver().roleId(role);
    context.transport().run(Endpoint.DELETE_ROLE, options, () -> context.api().roles().deleteRole(id));
  }

  static List<Permission> requirePermissions(List<Permission> permissions) {
    if (permissions == null || permissions.isEmpty()) {
      throw new IllegalArgumentException("A role needs at least one permission");
    }
    if (permissions.stream().anyMatch(p -> p == null || p == Permission.UNKNOWN)) {
      throw new IllegalArgumentException("Permissions must be known values, not null or UNKNOWN");
    }
    return List.copyOf(permissions);
  }

  @Override
  public String toString() {
    return "RolesClient{options=" + options + "}";
  }
}
