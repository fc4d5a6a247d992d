package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateRoleRequest;
import io.github.arizeadmin.api.generated.model.UpdateRoleRequest;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.List;
import java.util.Objects;

/**
 * The RBAC roles of the account (the Python SDK's {@code client.roles}), predefined and custom.
 * Wherever a parameter is called {@code role} it takes a name or an ID; there is no server-side name
 * filter, so a name is found by scanning every role.
 *
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class RolesClient {
  private final ClientContext context;
  private final RequestOptions options;

  RolesClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
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
   * Lists the first page of roles (50 per page), predefined and custom.
   *
   * @return the page
   */
  public Page<Role> list() {
    return list(null, 50, null);
  }

  /**
   * Lists one page of roles.
   *
   * @param isPredefined {@code true} for system roles only, {@code false} for custom only, {@code null} for both
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   */
  public Page<Role> list(Boolean isPredefined, int limit, String cursor) {
    PreRelease.beta("roles.list");
    return context.roles(options, isPredefined, limit, cursor);
  }

  /**
   * Iterates every role, lazily across pages.
   *
   * @param isPredefined {@code true} for system roles only, {@code false} for custom only, {@code null} for both
   * @return the iterable
   */
  public PageIterable<Role> listAll(Boolean isPredefined) {
    return PageIterable.of((cursor, limit) -> list(isPredefined, limit, cursor));
  }

  /**
   * Gets a role.
   *
   * @param role its name or ID
   * @return the role
   */
  public Role get(String role) {
    PreRelease.beta("roles.get");
    String id = resolver().roleId(role);
    return Convert.role(context.transport().call(Endpoint.GET_ROLE, options, () -> context.api().roles().getRole(id)));
  }

  /**
   * Creates a custom role.
   *
   * @param name the name, unique in the account
   * @param permissions at least one permission
   * @param description the description, or {@code null}
   * @return the new role
   * @throws IllegalArgumentException when the name is blank or there is no permission
   */
  public Role create(String name, List<Permission> permissions, String description) {
    Resolver.requireText(name, "name");
    requirePermissions(permissions);
    PreRelease.beta("roles.create");
    CreateRoleRequest body = new CreateRoleRequest().name(name).description(description)
        .permissions(Convert.wire(permissions));
    return Convert.role(context.transport().call(Endpoint.CREATE_ROLE, options,
        () -> context.api().roles().createRole(body)));
  }

  /**
   * Updates a custom role; {@code permissions} replaces the whole set.
   *
   * @param role its name or ID
   * @param name the new name, or {@code null}
   * @param description the new description, or {@code null}
   * @param permissions the new permissions (at least one), or {@code null}
   * @return the updated role
   * @throws IllegalArgumentException when all three are {@code null} or the permissions are empty
   *     (checked before any request)
   */
  public Role update(String role, String name, String description, List<Permission> permissions) {
    if (name == null && description == null && permissions == null) {
      throw new IllegalArgumentException("Nothing to update: give a name, a description or permissions");
    }
    if (permissions != null) {
      requirePermissions(permissions);
    }
    PreRelease.beta("roles.update");
    String id = resolver().roleId(role);
    UpdateRoleRequest body = new UpdateRoleRequest().name(name).description(description)
        .permissions(permissions == null ? null : Convert.wire(permissions));
    return Convert.role(context.transport().call(Endpoint.UPDATE_ROLE, options,
        () -> context.api().roles().updateRole(id, body)));
  }

  /**
   * Deletes a custom role.
   *
   * @param role its name or ID
   */
  public void delete(String role) {
    PreRelease.beta("roles.delete");
    String id = resolver().roleId(role);
    context.transport().run(Endpoint.DELETE_ROLE, options, () -> context.api().roles().deleteRole(id));
  }

  private static void requirePermissions(List<Permission> permissions) {
    if (permissions == null || permissions.isEmpty()) {
      throw new IllegalArgumentException("A role needs at least one permission");
    }
    if (permissions.stream().anyMatch(p -> p == null || p == Permission.UNKNOWN)) {
      throw new IllegalArgumentException("Permissions must be known values, not null or UNKNOWN");
    }
  }

  @Override
  public String toString() {
    return "RolesClient{options=" + options + "}";
  }
}
