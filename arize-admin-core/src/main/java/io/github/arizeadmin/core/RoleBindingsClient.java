package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UpdateRoleBindingRequest;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Role bindings: one role for one user on one space or project (the Python SDK's {@code
 * client.role_bindings}). A user has at most one binding per resource: a second create raises
 * {@link io.github.arizeadmin.core.errors.ConflictException}; change the role with {@link #update}.
 * {@code role} takes a role name or ID, {@code user} a user ID or email; bindings are by ID only.
 *
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class RoleBindingsClient {
  private final ClientContext context;
  private final RequestOptions options;

  RoleBindingsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public RoleBindingsClient withOptions(RequestOptions requestOptions) {
    return new RoleBindingsClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists one page of the account's bindings on one resource type.
   *
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT} (required by the service)
   * @param user only this user's bindings (ID or email), or {@code null}
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   */
  public Page<RoleBinding> list(ResourceType resourceType, String user, int limit, String cursor) {
    Objects.requireNonNull(resourceType, "resourceType");
    ClientContext.checkLimit(limit);
    PreRelease.beta("roleBindings.list");
    String userId = user == null ? null : resolver().userId(user);
    return context.roleBindings(options, resourceType, userId, limit, cursor);
  }

  /**
   * Iterates every binding on one resource type, lazily across pages.
   *
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT}
   * @param user only this user's bindings (ID or email), or {@code null}
   * @return the iterable
   */
  public PageIterable<RoleBinding> listAll(ResourceType resourceType, String user) {
    Objects.requireNonNull(resourceType, "resourceType");
    AtomicReference<String> userId = new AtomicReference<>();
    return PageIterable.of((cursor, limit) -> {
      PreRelease.beta("roleBindings.list");
      String id = user == null ? null : userId.updateAndGet(known -> known != null ? known : resolver().userId(user));
      return context.roleBindings(options, resourceType, id, limit, cursor);
    });
  }

  /**
   * Binds a role to a user on a space or a project.
   *
   * @param user the user's ID or email
   * @param role the role's name or ID
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT}
   * @param resource the resource's ID; for a space, also its name (a project name needs its space:
   *     use {@link #createOnProject})
   * @return the new binding
   */
  public RoleBinding create(String user, String role, ResourceType resourceType, String resource) {
    Objects.requireNonNull(resourceType, "resourceType");
    Resolver.requireText(resource, "resource");
    PreRelease.beta("roleBindings.create");
    Resolver resolver = resolver();
    String resourceId = resourceType == ResourceType.SPACE ? resolver.spaceId(resource, null)
        : resolver.projectId(resource, null);
    return createById(resolver.userId(user), resolver.roleId(role), resourceType, resourceId);
  }

  /**
   * Binds a role to a user on a project given by name within its space (or by ID).
   *
   * @param user the user's ID or email
   * @param role the role's name or ID
   * @param project the project's name or ID
   * @param space the project's space (name or ID); needed for a project name
   * @return the new binding
   */
  public RoleBinding createOnProject(String user, String role, String project, String space) {
    PreRelease.beta("roleBindings.create");
    Resolver resolver = resolver();
    String projectId = resolver.projectId(project, space);
    return createById(resolver.userId(user), resolver.roleId(role), ResourceType.PROJECT, projectId);
  }

  private RoleBinding createById(String userId, String roleId, ResourceType type, String resourceId) {
    CreateRoleBindingRequest body = new CreateRoleBindingRequest().userId(userId).roleId(roleId)
        .resourceType(Convert.wire(RoleBindingResourceType.class, type, "Resource type")).resourceId(resourceId);
    return Convert.roleBinding(context.transport().call(Endpoint.CREATE_ROLE_BINDING, options,
        () -> context.api().roleBindings().createRoleBinding(body)));
  }

  /**
   * Gets a binding.
   *
   * @param bindingId the binding's ID
   * @return the binding
   */
  public RoleBinding get(String bindingId) {
    Resolver.requireText(bindingId, "bindingId");
    PreRelease.beta("roleBindings.get");
    return Convert.roleBinding(context.transport().call(Endpoint.GET_ROLE_BINDING, options,
        () -> context.api().roleBindings().getRoleBinding(bindingId)));
  }

  /**
   * Replaces the role of a binding (user and resource stay).
   *
   * @param bindingId the binding's ID
   * @param role the new role's name or ID
   * @return the updated binding
   */
  public RoleBinding update(String bindingId, String role) {
    Resolver.requireText(bindingId, "bindingId");
    PreRelease.beta("roleBindings.update");
    UpdateRoleBindingRequest body = new UpdateRoleBindingRequest().roleId(resolver().roleId(role));
    return Convert.roleBinding(context.transport().call(Endpoint.UPDATE_ROLE_BINDING, options,
        () -> context.api().roleBindings().updateRoleBinding(bindingId, body)));
  }

  /**
   * Deletes a binding.
   *
   * @param bindingId the binding's ID
   */
  public void delete(String bindingId) {
    Resolver.requireText(bindingId, "bindingId");
    PreRelease.beta("roleBindings.delete");
    context.transport().run(Endpoint.DELETE_ROLE_BINDING, options,
        () -> context.api().roleBindings().deleteRoleBinding(bindingId));
  }

  @Override
  public String toString() {
    return "RoleBindingsClient{options=" + options + "}";
  }
}
