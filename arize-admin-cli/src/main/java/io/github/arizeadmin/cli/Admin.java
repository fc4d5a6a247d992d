package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.profile.Connection;
import io.github.arizeadmin.core.ApiKeyFilter;
import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.ProjectFilter;
import io.github.arizeadmin.core.RoleUpdate;
import io.github.arizeadmin.core.ServiceKeyRequest;
import io.github.arizeadmin.core.SpaceFilter;
import io.github.arizeadmin.core.UserFilter;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.core.paging.PageIterable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * Every call the command line makes to {@code arize-admin-core}, in one place: commands never touch the
 * client directly, so a change of the core's API is absorbed here. Names, IDs and emails are passed to
 * the core as typed, which resolves them.
 */
final class Admin implements AutoCloseable {
  private final ArizeAdminClient client;
  private final OkHttpClient plainHttp;

  private Admin(ArizeAdminClient client, OkHttpClient plainHttp) {
    this.client = client;
    this.plainHttp = plainHttp;
  }

  static Admin connect(Connection connection, String version) {
    ArizeAdminClient.Builder builder = ArizeAdminClient.builder().apiKey(connection.apiKey())
        .baseUrl(connection.baseUrl()).userAgent("arize-admin-cli/" + version);
    OkHttpClient plainHttp = null;
    if (connection.baseUrl().startsWith("http://")) {
      // Plain HTTP (a local fake) needs no TLS: not setting it up (loading the JDK's trust store and
      // building an SSL context) saves about a fifth of the start-up.
      plainHttp = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
      builder.okHttpClient(plainHttp);
    }
    return new Admin(builder.build(), plainHttp);
  }

  // ---- users

  PageIterable<User> users(String email, List<UserStatus> statuses) {
    return client.users().listAll(UserFilter.defaults().withEmail(email)
        .withStatuses(statuses.toArray(UserStatus[]::new)));
  }

  /** A user by ID or email; an email that matches nobody is a not-found. */
  User user(String idOrEmail) {
    return client.users().get(idOrEmail).orElseThrow(() -> new CliException(ExitCode.NOT_FOUND,
        "No user has the email '" + idOrEmail + "'"));
  }

  CreatedUser createUser(String name, String email, AccountRole role, InviteMode mode, Boolean developer) {
    return client.users().create(name, email, role, mode, developer);
  }

  User updateUser(String user, String name, Boolean developer) {
    return client.users().update(user, name, developer);
  }

  void deleteUser(String userId) {
    client.users().delete(userId);
  }

  void resendInvitation(String user) {
    client.users().resendInvitation(user);
  }

  void resetPassword(String user) {
    client.users().resetPassword(user);
  }

  // ---- organizations

  PageIterable<Organization> organizations(String name) {
    return client.organizations().listAll(name);
  }

  Organization organization(String organization) {
    return client.organizations().get(organization);
  }

  Organization createOrganization(String name, String description) {
    return client.organizations().create(name, description);
  }

  Organization updateOrganization(String organization, String name, String description) {
    return client.organizations().update(organization, name, description);
  }

  void deleteOrganization(String organizationId) {
    client.organizations().delete(organizationId);
  }

  OrganizationMembership addOrganizationUser(String organization, String user, OrganizationRole role) {
    return client.organizations().addUser(organization, user, role);
  }

  void removeOrganizationUser(String organizationId, String userId) {
    client.organizations().removeUser(organizationId, userId);
  }

  // ---- spaces

  PageIterable<Space> spaces(String organization, String name) {
    return client.spaces().listAll(SpaceFilter.defaults().withOrganization(organization).withName(name));
  }

  Space space(String space) {
    return client.spaces().get(space);
  }

  Space createSpace(String name, String organization, String description) {
    return client.spaces().create(name, organization, description);
  }

  Space updateSpace(String space, String name, String description) {
    return client.spaces().update(space, name, description);
  }

  void deleteSpace(String spaceId) {
    client.spaces().delete(spaceId);
  }

  /** Adds or re-roles a member; the core resolves a custom role given by name. */
  SpaceMembership addSpaceUser(String space, String user, SpaceRole role) {
    return client.spaces().addUser(space, user, role);
  }

  void removeSpaceUser(String spaceId, String userId) {
    client.spaces().removeUser(spaceId, userId);
  }

  // ---- roles

  PageIterable<Role> roles(Boolean predefined) {
    return client.roles().listAll(predefined);
  }

  Role role(String role) {
    return client.roles().get(role);
  }

  Role createRole(String name, List<Permission> permissions, String description) {
    return client.roles().create(name, permissions, description);
  }

  /** Changes what is given ({@code permissions} replaces the set); nothing given is a usage error. */
  Role updateRole(String role, String name, List<Permission> permissions, String description) {
    RoleUpdate changes = null;
    if (name != null) {
      changes = RoleUpdate.name(name);
    }
    if (permissions != null) {
      changes = changes == null ? RoleUpdate.permissions(permissions) : changes.withPermissions(permissions);
    }
    if (description != null) {
      changes = changes == null ? RoleUpdate.description(description) : changes.withDescription(description);
    }
    if (changes == null) {
      throw new CliException(ExitCode.USAGE, "Nothing to update: give a name, a description or permissions");
    }
    return client.roles().update(role, changes);
  }

  void deleteRole(String roleId) {
    client.roles().delete(roleId);
  }

  // ---- role bindings

  PageIterable<RoleBinding> roleBindings(ResourceType type, String user) {
    return client.roleBindings().listAll(type, user);
  }

  RoleBinding roleBinding(String bindingId) {
    return client.roleBindings().get(bindingId);
  }

  /** A binding on a space (name or ID) or a project (ID, or name with its space). */
  RoleBinding createRoleBinding(String user, String role, ResourceType type, String resource, String space) {
    if (type == ResourceType.PROJECT && space != null) {
      return client.roleBindings().createOnProject(user, role, resource, space);
    }
    return client.roleBindings().create(user, role, type, resource);
  }

  RoleBinding updateRoleBinding(String bindingId, String role) {
    return client.roleBindings().update(bindingId, role);
  }

  void deleteRoleBinding(String bindingId) {
    client.roleBindings().delete(bindingId);
  }

  // ---- resource restrictions

  PageIterable<ResourceRestriction> restrictions() {
    return client.resourceRestrictions().listAll();
  }

  ResourceRestriction restrict(String project, String space) {
    return client.resourceRestrictions().restrict(project, space);
  }

  void unrestrict(String projectId) {
    client.resourceRestrictions().unrestrict(projectId);
  }

  // ---- API keys

  PageIterable<ApiKey> apiKeys(ApiKeyType type, ApiKeyStatus status, String space, String user) {
    return client.apiKeys().listAll(ApiKeyFilter.defaults().withKeyType(type).withStatus(status).withSpace(space)
        .withUser(user));
  }

  CreatedApiKey createUserKey(String name, String description, Instant expiresAt) {
    return client.apiKeys().create(name, description, expiresAt);
  }

  /**
   * Creates a service key scoped to one space, with the service's default roles. The request names the
   * space's organization, which a space does not carry: when none is given, the organizations are
   * searched for the space.
   */
  CreatedApiKey createServiceKey(String name, String space, String organization, String description,
      Instant expiresAt) {
    String scopeOrganization = organization != null ? organization : organizationOf(space);
    ServiceKeyOrganization scope = ServiceKeyOrganization.of(scopeOrganization, ServiceKeySpace.of(space));
    return client.apiKeys().createServiceKey(ServiceKeyRequest.of(name, List.of(scope)).withDescription(description)
        .withExpiresAt(expiresAt));
  }

  /**
   * The ID of the organization that holds a space. The space is looked up as everywhere else (a name
   * that matches nothing or several spaces fails there), then each organization is asked for a space of
   * that name until one is this space: one request per organization at most.
   */
  private String organizationOf(String space) {
    Space target = client.spaces().get(space);
    for (Organization organization : client.organizations().listAll()) {
      Optional<Space> named = client.spaces().find(target.name(), organization.id());
      if (named.map(Space::id).filter(target.id()::equals).isPresent()) {
        return organization.id();
      }
    }
    throw new CliException(ExitCode.NOT_FOUND, "Space '" + space + "' is in none of the organizations you can"
        + " access: pass --organization");
  }

  void revokeKey(String keyId) {
    client.apiKeys().revoke(keyId);
  }

  CreatedApiKey refreshKey(String keyId, Instant expiresAt, Duration grace) {
    return client.apiKeys().refresh(keyId, expiresAt, grace);
  }

  // ---- projects

  PageIterable<Project> projects(String name, String space) {
    return client.projects().listAll(ProjectFilter.defaults().withName(name).withSpace(space));
  }

  Project project(String project, String space) {
    return client.projects().get(project, space);
  }

  Project createProject(String name, String space) {
    return client.projects().create(name, space);
  }

  Project updateProject(String project, String space, String name) {
    return client.projects().update(project, space, name);
  }

  void deleteProject(String projectId) {
    client.projects().delete(projectId);
  }

  @Override
  public void close() {
    client.close();
    if (plainHttp != null) {
      // The client leaves an injected OkHttp client alone; its threads and connections are ours to end.
      plainHttp.dispatcher().executorService().shutdown();
      plainHttp.connectionPool().evictAll();
    }
  }
}
