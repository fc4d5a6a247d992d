package io.github.arizeadmin.core;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.ListApiKeysResponse;
import io.github.arizeadmin.api.generated.model.ListOrganizationsResponse;
import io.github.arizeadmin.api.generated.model.ListProjectsResponse;
import io.github.arizeadmin.api.generated.model.ListResourceRestrictionsResponse;
import io.github.arizeadmin.api.generated.model.ListRoleBindingsResponse;
import io.github.arizeadmin.api.generated.model.ListRolesResponse;
import io.github.arizeadmin.api.generated.model.ListSpacesResponse;
import io.github.arizeadmin.api.generated.model.ListUsersResponse;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.List;

/**
 * What every sub-client shares: the transport, whether to log pre-release warnings, and the raw list
 * requests (one page each, no warning), which both the public {@code list} methods and name resolution
 * use.
 */
final class ClientContext {
  private final Transport transport;
  private final boolean preReleaseWarnings;

  ClientContext(Transport transport, boolean preReleaseWarnings) {
    this.transport = transport;
    this.preReleaseWarnings = preReleaseWarnings;
  }

  /** Logs the once-per-method BETA warning of {@code key} ({@code <sub-client>.<method>}), unless this client is quiet. */
  void beta(String key) {
    if (preReleaseWarnings) {
      PreRelease.warnOnce(key, PreRelease.Stage.BETA);
    }
  }

  Transport transport() {
    return transport;
  }

  ArizeApi api() {
    return transport.api();
  }

  static void checkLimit(int limit) {
    if (limit < 1 || limit > PageIterable.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("limit must be between 1 and " + PageIterable.MAX_PAGE_SIZE + ", was " + limit);
    }
  }

  Page<Organization> organizations(RequestOptions options, String name, int limit, String cursor) {
    checkLimit(limit);
    ListOrganizationsResponse answer = transport.call(Endpoint.LIST_ORGANIZATIONS, options,
        () -> api().organizations().listOrganizations(name, limit, cursor));
    return Convert.page(answer.getOrganizations(), answer.getPagination(), Convert::organization);
  }

  Page<Space> spaces(RequestOptions options, String organizationId, String name, int limit, String cursor) {
    checkLimit(limit);
    ListSpacesResponse answer = transport.call(Endpoint.LIST_SPACES, options,
        () -> api().spaces().listSpaces(organizationId, name, limit, cursor));
    return Convert.page(answer.getSpaces(), answer.getPagination(), Convert::space);
  }

  Page<User> users(RequestOptions options, String email, List<UserStatus> statuses, int limit, String cursor) {
    checkLimit(limit);
    List<io.github.arizeadmin.api.generated.model.UserStatus> wireStatuses = statuses == null || statuses.isEmpty()
        ? null
        : statuses.stream().map(s -> Convert.wire(io.github.arizeadmin.api.generated.model.UserStatus.class, s,
            "User status")).toList();
    ListUsersResponse answer = transport.call(Endpoint.LIST_USERS, options,
        () -> api().users().listUsers(limit, cursor, email, wireStatuses));
    return Convert.page(answer.getUsers(), answer.getPagination(), Convert::user);
  }

  Page<Role> roles(RequestOptions options, Boolean isPredefined, int limit, String cursor) {
    checkLimit(limit);
    ListRolesResponse answer = transport.call(Endpoint.LIST_ROLES, options,
        () -> api().roles().listRoles(limit, cursor, isPredefined));
    return Convert.page(answer.getRoles(), answer.getPagination(), Convert::role);
  }

  Page<RoleBinding> roleBindings(RequestOptions options, ResourceType type, String userId, int limit, String cursor) {
    checkLimit(limit);
    io.github.arizeadmin.api.generated.model.RoleBindingResourceType wireType =
        Convert.wire(io.github.arizeadmin.api.generated.model.RoleBindingResourceType.class, type, "Resource type");
    ListRoleBindingsResponse answer = transport.call(Endpoint.LIST_ROLE_BINDINGS, options,
        () -> api().roleBindings().listRoleBindings(wireType, limit, cursor, userId));
    return Convert.page(answer.getRoleBindings(), answer.getPagination(), Convert::roleBinding);
  }

  Page<ResourceRestriction> restrictions(RequestOptions options, ResourceType type, int limit, String cursor) {
    checkLimit(limit);
    io.github.arizeadmin.api.generated.model.ResourceRestrictionType wireType = type == null ? null
        : Convert.wire(io.github.arizeadmin.api.generated.model.ResourceRestrictionType.class, type, "Resource type");
    ListResourceRestrictionsResponse answer = transport.call(Endpoint.LIST_RESOURCE_RESTRICTIONS, options,
        () -> api().resourceRestrictions().listResourceRestrictions(wireType, limit, cursor));
    return Convert.page(answer.getResourceRestrictions(), answer.getPagination(), Convert::restriction);
  }

  Page<ApiKey> apiKeys(RequestOptions options, ApiKeyType keyType, ApiKeyStatus status, String spaceId, String userId,
      int limit, String cursor) {
    checkLimit(limit);
    io.github.arizeadmin.api.generated.model.ApiKeyType wireType = keyType == null ? null
        : Convert.wire(io.github.arizeadmin.api.generated.model.ApiKeyType.class, keyType, "API key type");
    io.github.arizeadmin.api.generated.model.ApiKeyStatus wireStatus = status == null ? null
        : Convert.wire(io.github.arizeadmin.api.generated.model.ApiKeyStatus.class, status, "API key status");
    ListApiKeysResponse answer = transport.call(Endpoint.LIST_API_KEYS, options,
        () -> api().apiKeys().listApiKeys(wireType, wireStatus, spaceId, userId, limit, cursor));
    return Convert.page(answer.getApiKeys(), answer.getPagination(), Convert::apiKey);
  }

  Page<Project> projects(RequestOptions options, String spaceId, String spaceName, String name, int limit,
      String cursor) {
    checkLimit(limit);
    ListProjectsResponse answer = transport.call(Endpoint.LIST_PROJECTS, options,
        () -> api().projects().listProjects(spaceId, spaceName, name, limit, cursor));
    return Convert.page(answer.getProjects(), answer.getPagination(), Convert::project);
  }
}
