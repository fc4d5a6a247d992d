package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UpdateRoleBindingRequest;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Role bindings: one role for one user on one space or project (the Python SDK's {@code
 * client.role_bindings}). A user has at most one binding per resource: a second {@link #create}
 * raises {@link ConflictException}; {@link #upsert} creates or changes it instead. {@code role} takes a
 * role name or ID, {@code user} a user ID or email; bindings are by ID only.
 *
 * <p><b>Cost of a name</b>: an ID is sent as is; a role name costs one {@code GET /v2/roles} per 100
 * roles (a scan), a space name one {@code GET /v2/spaces?name=..}, a project name its space's lookup
 * plus one {@code GET /v2/projects?space_id=..&name=..}, an email one {@code GET /v2/users?email=..}.
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass: the HTTP status's own class, or
 * {@link TransportException} when no usable answer came.
 */
public final class RoleBindingsClient {
  private final ClientContext context;
  private final RequestOptions options;

  RoleBindingsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
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
   * Lists one page of the account's bindings on one resource type. Sends one {@code GET
   * /v2/role-bindings}, after an email's lookup.
   *
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT} (required by the service)
   * @param user only this user's bindings (ID or email), or {@code null}
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range or the type is UNKNOWN (before any request)
   * @throws NameNotFoundException when nobody has that email
   */
  public Page<RoleBinding> list(ResourceType resourceType, String user, int limit, String cursor) {
    Objects.requireNonNull(resourceType, "resourceType");
    ClientContext.checkLimit(limit);
    requireKnown(resourceType);
    context.beta("roleBindings.list");
    String userId = user == null ? null : resolver().userId(user);
    return context.roleBindings(options, resourceType, userId, limit, cursor);
  }

  /**
   * Iterates every binding on one resource type, lazily: an email is looked up once, when the first
   * page is fetched, then one {@code GET /v2/role-bindings} per page.
   *
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT}
   * @param user only this user's bindings (ID or email), or {@code null}
   * @return the iterable
   * @throws IllegalArgumentException when the type is UNKNOWN
   */
  public PageIterable<RoleBinding> listAll(ResourceType resourceType, String user) {
    Objects.requireNonNull(resourceType, "resourceType");
    requireKnown(resourceType);
    Once<String> userId = new Once<>(() -> user == null ? null : resolver().userId(user));
    return PageIterable.of((cursor, limit) -> {
      context.beta("roleBindings.list");
      return context.roleBindings(options, resourceType, userId.get(), limit, cursor);
    });
  }

  /**
   * Returns every binding of one user, on spaces then on projects: what REST v2 lets a caller read
   * about a user's access (a custom-role space membership is such a binding; predefined organization
   * and space memberships have no read operation). Sends one {@code GET
   * /v2/role-bindings?resource_type=..&user_id=..} per 100 bindings and type (two at least), after an
   * email's lookup.
   *
   * @param user the user's ID or email
   * @return the bindings, spaces first
   * @throws NameNotFoundException when nobody has that email
   */
  public List<RoleBinding> listForUser(String user) {
    context.beta("roleBindings.list");
    String userId = resolver().userId(user);
    List<RoleBinding> bindings = new ArrayList<>();
    for (ResourceType type : List.of(ResourceType.SPACE, ResourceType.PROJECT)) {
      PageIterable.<RoleBinding>of((cursor, limit) -> context.roleBindings(options, type, userId, limit, cursor))
          .forEach(bindings::add);
    }
    return List.copyOf(bindings);
  }

  /**
   * Binds a role to a user on a space or a project. Sends one {@code POST /v2/role-bindings} (never
   * retried: a repeat would answer 409), after the lookups of the names given.
   *
   * @param user the user's ID or email
   * @param role the role's name or ID
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT}
   * @param resource the resource's ID; for a space, also its name (a project name needs its space:
   *     use {@link #createOnProject})
   * @return the new binding
   * @throws ConflictException when the user already has a binding on the resource
   * @throws NameNotFoundException when a name or the email matches nothing
   * @throws IllegalArgumentException when the resource is blank or the type is UNKNOWN (before any request)
   */
  public RoleBinding create(String user, String role, ResourceType resourceType, String resource) {
    Target target = target(user, role, resourceType, resource, null);
    context.beta("roleBindings.create");
    return create(target);
  }

  /**
   * Binds a role to a user on a project given by name within its space (or by ID). Sends what {@link
   * #create} sends.
   *
   * @param user the user's ID or email
   * @param role the role's name or ID
   * @param project the project's name or ID
   * @param space the project's space (name or ID); needed for a project name
   * @return the new binding
   * @throws ConflictException when the user already has a binding on the project
   * @throws NameNotFoundException when a name or the email matches nothing
   */
  public RoleBinding createOnProject(String user, String role, String project, String space) {
    Target target = target(user, role, ResourceType.PROJECT, project, space);
    context.beta("roleBindings.create");
    return create(target);
  }

  /**
   * Gives a user a role on a space or a project, whether or not they have a binding there: creates
   * the binding, changes its role, or leaves it as it is. Safe to run again. Costs the lookups of the
   * names given, one {@code GET /v2/role-bindings?resource_type=..&user_id=..} per 100 bindings the
   * user has on that resource type (usually one), then at most one write: {@code POST
   * /v2/role-bindings} when there is no binding, {@code PATCH /v2/role-bindings/{binding_id}} when its
   * role differs, nothing when it matches. When another client creates the binding in between (409),
   * the bindings are read once more and the found one is updated.
   *
   * @param user the user's ID or email
   * @param role the role's name or ID
   * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT}
   * @param resource the resource's ID; for a space, also its name (a project name needs its space:
   *     use {@link #upsertOnProject})
   * @return the binding, with the role asked for
   * @throws NameNotFoundException when a name or the email matches nothing
   * @throws IllegalArgumentException when the resource is blank or the type is UNKNOWN (before any request)
   */
  public RoleBinding upsert(String user, String role, ResourceType resourceType, String resource) {
    return upsert(target(user, role, resourceType, resource, null));
  }

  /**
   * Gives a user a role on a project given by name within its space (or by ID), creating or changing
   * the binding as needed. Costs what {@link #upsert} costs.
   *
   * @param user the user's ID or email
   * @param role the role's name or ID
   * @param project the project's name or ID
   * @param space the project's space (name or ID); needed for a project name
   * @return the binding, with the role asked for
   * @throws NameNotFoundException when a name or the email matches nothing
   */
  public RoleBinding upsertOnProject(String user, String role, String project, String space) {
    return upsert(target(user, role, ResourceType.PROJECT, project, space));
  }

  /** The IDs a create or upsert sends, resolved before any write. */
  private record Target(String userId, String roleId, ResourceType type, String resourceId) {
  }

  private Target target(String user, String role, ResourceType resourceType, String resource, String space) {
    Objects.requireNonNull(resourceType, "resourceType");
    requireKnown(resourceType);
    Resolver.requireText(resource, "resource");
    Resolver resolver = resolver();
    String resourceId = resourceType == ResourceType.SPACE ? resolver.spaceId(resource, null)
        : resolver.projectId(resource, space);
    return new Target(resolver.userId(user), resolver.roleId(role), resourceType, resourceId);
  }

  private RoleBinding create(Target target) {
    CreateRoleBindingRequest body = new CreateRoleBindingRequest().userId(target.userId()).roleId(target.roleId())
        .resourceType(Convert.wire(RoleBindingResourceType.class, target.type(), "Resource type"))
        .resourceId(target.resourceId());
    return Convert.roleBinding(context.transport().call(Endpoint.CREATE_ROLE_BINDING, options,
        () -> context.api().roleBindings().createRoleBinding(body)));
  }

  private RoleBinding upsert(Target target) {
    context.beta("roleBindings.list");
    Optional<RoleBinding> existing = existing(target);
    if (existing.isEmpty()) {
      context.beta("roleBindings.create");
      try {
        return create(target);
      } catch (ConflictException raced) {
        existing = existing(target);
        if (existing.isEmpty()) {
          throw raced;
        }
      }
    }
    RoleBinding binding = existing.get();
    if (binding.roleId().equals(target.roleId())) {
      return binding;
    }
    context.beta("roleBindings.update");
    return updateById(binding.id(), target.roleId());
  }

  private Optional<RoleBinding> existing(Target target) {
    return PageIterable.<RoleBinding>of(
            (cursor, limit) -> context.roleBindings(options, target.type(), target.userId(), limit, cursor))
        .stream().filter(binding -> binding.resourceId().equals(target.resourceId())).findFirst();
  }

  /**
   * Gets a binding. Sends one {@code GET /v2/role-bindings/{binding_id}}.
   *
   * @param bindingId the binding's ID
   * @return the binding
   * @throws NotFoundException when no binding has that ID
   * @throws IllegalArgumentException when the ID is blank (before any request)
   */
  public RoleBinding get(String bindingId) {
    Resolver.requireText(bindingId, "bindingId");
    context.beta("roleBindings.get");
    return Convert.roleBinding(context.transport().call(Endpoint.GET_ROLE_BINDING, options,
        () -> context.api().roleBindings().getRoleBinding(bindingId)));
  }

  /**
   * Replaces the role of a binding (user and resource stay). Sends one {@code PATCH
   * /v2/role-bindings/{binding_id}}, after a role name's scan.
   *
   * @param bindingId the binding's ID
   * @param role the new role's name or ID
   * @return the updated binding
   * @throws NotFoundException when no binding has that ID
   * @throws NameNotFoundException when no role has that name
   * @throws IllegalArgumentException when the ID is blank (before any request)
   */
  public RoleBinding update(String bindingId, String role) {
    Resolver.requireText(bindingId, "bindingId");
    context.beta("roleBindings.update");
    return updateById(bindingId, resolver().roleId(role));
  }

  private RoleBinding updateById(String bindingId, String roleId) {
    UpdateRoleBindingRequest body = new UpdateRoleBindingRequest().roleId(roleId);
    return Convert.roleBinding(context.transport().call(Endpoint.UPDATE_ROLE_BINDING, options,
        () -> context.api().roleBindings().updateRoleBinding(bindingId, body)));
  }

  /**
   * Deletes a binding. Sends one {@code DELETE /v2/role-bindings/{binding_id}}.
   *
   * @param bindingId the binding's ID
   * @throws NotFoundException when no binding has that ID
   * @throws IllegalArgumentException when the ID is blank (before any request)
   */
  public void delete(String bindingId) {
    Resolver.requireText(bindingId, "bindingId");
    context.beta("roleBindings.delete");
    context.transport().run(Endpoint.DELETE_ROLE_BINDING, options,
        () -> context.api().roleBindings().deleteRoleBinding(bindingId));
  }

  private static void requireKnown(ResourceType type) {
    if (type == ResourceType.UNKNOWN) {
      throw new IllegalArgumentException("Resource type UNKNOWN cannot be sent to the server");
    }
  }

  @Override
  public String toString() {
    return "RoleBindingsClient{options=" + options + "}";
  }
}
