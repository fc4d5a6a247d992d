package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.SpaceRoleAssignment;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.GlobalIds;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMemberRemoval;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The "Space &amp; Organization Tools" of the older Arize toolkit client, on top of REST v2: an active
 * organization and space, switching between them, bulk space membership, and the web app's URLs. The
 * one way in is {@link ArizeAdminClient#workspace()}.
 *
 * <p>The active organization and space are looked up when first needed: the first organization the
 * caller can access and its first space (two requests), unless {@link #switchSpace} or {@link
 * #createNewOrganizationAndSpace} chose them first. "First" follows the service's list order.
 *
 * <p>Users are matched as everywhere in the client: a user ID, or an email (exactly, ignoring case).
 * Organizations and spaces are names or IDs; a space name means a space of the active organization.
 *
 * <p>Differences from the toolkit, forced by REST v2: results are the core's values rather than
 * camelCase dicts; a space's {@code private} flag and a user's {@code userType} have no v2 field and
 * are gone; a user must be a member of the space's organization before being added to a space (400
 * otherwise). Display names are not matched (they are not unique): search with {@code
 * client.users().listAll(UserFilter.defaults().withEmail(part))} instead.
 *
 * <p>The active organization and space are shared by every view of this workspace ({@link
 * #withOptions}) and guarded by one lock. Every method may throw an {@link ArizeApiException} subclass.
 */
public final class Workspace {
  private final ArizeAdminClient client;
  private final Active active;
  private final RequestOptions options;

  Workspace(ArizeAdminClient client, RequestOptions options) {
    this(client, new Active(), options);
  }

  private Workspace(ArizeAdminClient client, Active active, RequestOptions options) {
    this.client = client;
    this.active = active;
    this.options = options;
  }

  /** The active organization and space: null until first needed. */
  private static final class Active {
    private Organization organization;
    private Space space;
  }

  /**
   * Returns a view of this workspace whose calls use other options; it shares the active organization
   * and space. Sends nothing.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public Workspace withOptions(RequestOptions requestOptions) {
    return new Workspace(client, active, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(client.context(), options);
  }

  private OrganizationsClient organizations() {
    return client.organizations().withOptions(options);
  }

  private SpacesClient spaces() {
    return client.spaces().withOptions(options);
  }

  /**
   * Returns the active organization. The first call without an active one sends one {@code GET
   * /v2/organizations?limit=1} (and one {@code GET /v2/spaces?org_id=..&limit=1} for its first space).
   *
   * @return the organization
   * @throws IllegalStateException when the caller can access no organization, or it has no space
   */
  public Organization organization() {
    synchronized (active) {
      activate();
      return active.organization;
    }
  }

  /**
   * Returns the active space. Sends what {@link #organization()} sends the first time.
   *
   * @return the space
   * @throws IllegalStateException when the caller can access no organization, or it has no space
   */
  public Space space() {
    synchronized (active) {
      activate();
      return active.space;
    }
  }

  /** Looks up the first organization and its first space, once, unless already chosen. */
  private void activate() {
    if (active.organization == null) {
      Organization first = organizations().listAll().first()
          .orElseThrow(() -> new IllegalStateException("The caller can access no organization"));
      active.space = firstSpace(first);
      active.organization = first;
    }
  }

  private Space firstSpace(Organization organization) {
    return spaces().listAll(SpaceFilter.defaults().withOrganization(organization.id())).first()
        .orElseThrow(() -> new IllegalStateException("Organization '" + organization.name() + "' has no space"));
  }

  /**
   * Changes the active space and returns its URL. No argument: nothing changes. A space only: that
   * space of the active organization. An organization only: its first space. Both: that space of that
   * organization. Sends the lookups of the names (an organization ID is read with one {@code GET}, a
   * space ID with one {@code GET}), and one {@code GET /v2/spaces?org_id=..&limit=1} for a first space.
   * Nothing changes when a lookup fails.
   *
   * @param space the space's name or ID, or {@code null}
   * @param organization the organization's name or ID, or {@code null}
   * @return the active space's URL
   * @throws NameNotFoundException when a name matches nothing (in that organization)
   * @throws IllegalStateException when the organization has no space
   */
  public String switchSpace(String space, String organization) {
    synchronized (active) {
      if (space == null && organization == null) {
        return spaceUrl();
      }
      Organization org = organization == null ? organization() : organizations().get(organization);
      Space target = space == null ? firstSpace(org) : spaces().get(space, GlobalIds.isId(space) ? null : org.id());
      active.organization = org;
      active.space = target;
      return spaceUrl();
    }
  }

  /**
   * Returns every organization the caller can access. Sends one {@code GET /v2/organizations} per 100.
   *
   * @return the organizations
   */
  public List<Organization> getAllOrganizations() {
    return organizations().listAll().toList();
  }

  /**
   * Returns every space of the active organization. Sends one {@code GET /v2/spaces?org_id=..} per 100.
   *
   * @return the spaces
   */
  public List<Space> getAllSpaces() {
    return spaces().listAll(SpaceFilter.defaults().withOrganization(organization().id())).toList();
  }

  /**
   * Creates a space in the active organization and makes it active. Sends one {@code POST /v2/spaces}.
   *
   * @param name the new space's name
   * @return the new space's ID
   * @throws ConflictException when the organization already has a space of that name
   */
  public String createNewSpace(String name) {
    return createNewSpace(name, true);
  }

  /**
   * Creates a space in the active organization. Sends one {@code POST /v2/spaces}.
   *
   * @param name the new space's name
   * @param setAsActive whether to make it the active space
   * @return the new space's ID
   * @throws ConflictException when the organization already has a space of that name
   */
  public String createNewSpace(String name, boolean setAsActive) {
    synchronized (active) {
      Space created = spaces().create(name, organization().id());
      if (setAsActive) {
        active.space = created;
      }
      return created.id();
    }
  }

  /**
   * Creates an organization and a space in it (an organization needs one to be usable). Sends one
   * {@code POST /v2/organizations} and one {@code POST /v2/spaces}.
   *
   * @param organizationName the new organization's name
   * @param spaceName the new space's name
   * @param organizationDescription the organization's description, or {@code null}
   * @param setAsActive whether to make them the active organization and space
   * @return the new space's URL
   * @throws ConflictException when the organization's name is taken
   * @throws IllegalArgumentException when a name is blank (before any request)
   */
  public String createNewOrganizationAndSpace(String organizationName, String spaceName,
      String organizationDescription, boolean setAsActive) {
    Resolver.requireText(spaceName, "spaceName");
    Organization org = organizations().create(organizationName, organizationDescription);
    Space created = spaces().create(spaceName, org.id());
    if (setAsActive) {
      synchronized (active) {
        active.organization = org;
        active.space = created;
      }
    }
    return spaceUrl(org.id(), created.id());
  }

  /**
   * Creates a service key with the ADMIN role in the active space (organization role: the server's
   * default, READ_ONLY); the caller must be admin of the space. Sends one {@code POST /v2/api-keys}.
   *
   * @param name the key's name
   * @return the key, with its raw secret ({@code key}), expiry and ID
   */
  public CreatedApiKey createSpaceAdminApiKey(String name) {
    Organization org;
    Space space;
    synchronized (active) {
      org = organization();
      space = space();
    }
    return client.apiKeys().withOptions(options).createServiceKey(name,
        List.of(ServiceKeyOrganization.of(org.id(), ServiceKeySpace.of(space.id(), SpaceRole.ADMIN))));
  }

  /**
   * Gets a user by ID or email (the toolkit's {@code get_user}, with the client's one matching rule).
   * Sends one {@code GET /v2/users/{user_id}}, or the email's lookup.
   *
   * @param user the user's ID or email
   * @return the user
   * @throws NameNotFoundException when nobody has that email
   * @throws NotFoundException when no user has that ID
   * @throws IllegalArgumentException when the value is blank (before any request)
   */
  public User getUser(String user) {
    Resolver.requireText(user, "user");
    return client.users().withOptions(options).get(user)
        .orElseThrow(() -> new NameNotFoundException("user", user, List.of(), null));
  }

  /**
   * Adds every user to every space with one role (an upsert per pair). Every name, email and custom
   * role name is resolved before the first write (a custom role's name by one scan of the roles). Then
   * one {@code POST /v2/spaces/{space_id}/users} per user and space. Users must already belong to the
   * spaces' organization.
   *
   * @param users user IDs or emails
   * @param spaces space names or IDs in the active organization; empty or {@code null} for the active space
   * @param role the space role: predefined, or {@code SpaceRole.custom("Data Scientist")} by name or ID
   *     (the toolkit's {@code custom_role_id})
   * @return one membership per user × space pair
   * @throws IllegalArgumentException when there is no user, or a blank one (before any request)
   * @throws NameNotFoundException when a name or an email matches nothing
   * @throws BadRequestException when a user is not in the organization
   */
  public List<SpaceMembership> assignSpaceMembership(List<String> users, List<String> spaces, SpaceRole role) {
    requireUsers(users);
    Objects.requireNonNull(role, "role");
    Organization org;
    Space activeSpace;
    synchronized (active) {
      org = organization();
      activeSpace = space();
    }
    Resolver resolver = resolver();
    List<String> userIds = users.stream().map(resolver::userId).toList();
    List<String> spaceIds = spaces == null || spaces.isEmpty() ? List.of(activeSpace.id())
        : spaces.stream().map(name -> resolver.spaceId(name, org.id())).toList();
    return assign(userIds, spaceIds, Convert.wire(role, resolver::roleId));
  }

  /**
   * Adds every user to every space with a role given as the toolkit spells it ({@code admin}, {@code
   * member}, {@code readOnly}, {@code annotator}, or the wire's upper-case names). Sends what {@link
   * #assignSpaceMembership(List, List, SpaceRole)} sends.
   *
   * @param users user IDs or emails
   * @param spaces space names or IDs in the active organization; empty or {@code null} for the active space
   * @param role the predefined role's name
   * @return one membership per user × space pair
   * @throws IllegalArgumentException when the role is not predefined, or there is no user
   */
  public List<SpaceMembership> assignSpaceMembership(List<String> users, List<String> spaces, String role) {
    return assignSpaceMembership(users, spaces, SpaceRole.predefined(role));
  }

  /**
   * Adds every user to every space with one role, by IDs. Sends one {@code POST
   * /v2/spaces/{space_id}/users} per user and space (after a custom role name's scan).
   *
   * @param userIds user IDs
   * @param spaceIds space IDs; empty or {@code null} for the active space
   * @param role the space role
   * @return one membership per user × space pair
   * @throws IllegalArgumentException when there is no user (before any request)
   */
  public List<SpaceMembership> assignSpaceMembershipById(List<String> userIds, List<String> spaceIds, SpaceRole role) {
    requireUsers(userIds);
    Objects.requireNonNull(role, "role");
    List<String> targets = spaceIds == null || spaceIds.isEmpty() ? List.of(space().id()) : List.copyOf(spaceIds);
    return assign(List.copyOf(userIds), targets, Convert.wire(role, resolver()::roleId));
  }

  private List<SpaceMembership> assign(List<String> userIds, List<String> spaceIds, SpaceRoleAssignment role) {
    client.context().beta("spaces.addUser");
    SpacesClient spaces = spaces();
    List<SpaceMembership> memberships = new ArrayList<>();
    for (String userId : userIds) {
      for (String spaceId : spaceIds) {
        memberships.add(spaces.addUserById(spaceId, userId, role));
      }
    }
    return List.copyOf(memberships);
  }

  /**
   * Removes a user from a space (with their role bindings on it). Sends one {@code DELETE
   * /v2/spaces/{space_id}/users/{user_id}}, after the lookups of an email and a space name.
   *
   * @param user the user's ID or email
   * @param space the space's name or ID in the active organization, or {@code null} for the active space
   * @return the space the user was removed from
   * @throws IllegalArgumentException when the user is blank (before any request)
   * @throws NotFoundException when the user is not a member
   */
  public SpaceMemberRemoval removeSpaceMember(String user, String space) {
    Resolver.requireText(user, "user");
    String userId = resolver().userId(user);
    Space target = space == null ? space() : spaces().get(space, GlobalIds.isId(space) ? null : organization().id());
    spaces().removeUser(target.id(), userId);
    return new SpaceMemberRemoval(target.id(), target.name());
  }

  /**
   * Removes a user from a space, by IDs. Sends one {@code GET /v2/spaces/{space_id}} (for its name) and
   * one {@code DELETE /v2/spaces/{space_id}/users/{user_id}}.
   *
   * @param userId the user's ID
   * @param spaceId the space's ID, or {@code null} for the active space
   * @return the space the user was removed from
   * @throws IllegalArgumentException when the user ID is blank (before any request)
   * @throws NotFoundException when the user is not a member
   */
  public SpaceMemberRemoval removeSpaceMemberById(String userId, String spaceId) {
    Resolver.requireText(userId, "userId");
    Space target = spaceId == null ? space() : spaces().get(spaceId);
    spaces().removeUser(target.id(), userId);
    return new SpaceMemberRemoval(target.id(), target.name());
  }

  /**
   * Returns the web app URL of the active space: {@code <app>/organizations/<orgId>/spaces/<spaceId>}.
   * Sends what {@link #organization()} sends the first time.
   *
   * @return the URL
   */
  public String spaceUrl() {
    synchronized (active) {
      activate();
      return spaceUrl(active.organization.id(), active.space.id());
    }
  }

  private String spaceUrl(String organizationId, String spaceId) {
    return spaceUrlBuilder(organizationId, spaceId).build().toString();
  }

  private HttpUrl.Builder activeSpaceUrl() {
    synchronized (active) {
      activate();
      return spaceUrlBuilder(active.organization.id(), active.space.id());
    }
  }

  private HttpUrl.Builder spaceUrlBuilder(String organizationId, String spaceId) {
    return HttpUrl.get(client.appUrl()).newBuilder().addPathSegment("organizations").addPathSegment(organizationId)
        .addPathSegment("spaces").addPathSegment(spaceId);
  }

  /**
   * Returns the URL of a model (project) of the active space: {@code <space URL>/models/<modelId>}.
   *
   * @param modelId the model's ID
   * @return the URL
   * @throws IllegalArgumentException when the ID is blank
   */
  public String modelUrl(String modelId) {
    return model(modelId).build().toString();
  }

  private HttpUrl.Builder model(String modelId) {
    return activeSpaceUrl().addPathSegment("models").addPathSegment(Resolver.requireText(modelId, "modelId"));
  }

  /**
   * Returns the URL of a custom metric: {@code <space URL>/models/<modelId>/custom_metrics/<metricId>}.
   *
   * @param modelId the model's ID
   * @param customMetricId the custom metric's ID
   * @return the URL
   * @throws IllegalArgumentException when an ID is blank
   */
  public String customMetricUrl(String modelId, String customMetricId) {
    return model(modelId).addPathSegment("custom_metrics")
        .addPathSegment(Resolver.requireText(customMetricId, "customMetricId")).build().toString();
  }

  /**
   * Returns the URL of a monitor: {@code <space URL>/monitors/<monitorId>}.
   *
   * @param monitorId the monitor's ID
   * @return the URL
   * @throws IllegalArgumentException when the ID is blank
   */
  public String monitorUrl(String monitorId) {
    return activeSpaceUrl().addPathSegment("monitors").addPathSegment(Resolver.requireText(monitorId, "monitorId"))
        .build().toString();
  }

  /**
   * Returns the URL of a prompt: {@code <space URL>/prompt-hub/<promptId>}.
   *
   * @param promptId the prompt's ID
   * @return the URL
   * @throws IllegalArgumentException when the ID is blank
   */
  public String promptUrl(String promptId) {
    return prompt(promptId).build().toString();
  }

  private HttpUrl.Builder prompt(String promptId) {
    return activeSpaceUrl().addPathSegment("prompt-hub").addPathSegment(Resolver.requireText(promptId, "promptId"));
  }

  /**
   * Returns the URL of a prompt version: {@code <space URL>/prompt-hub/<promptId>?version=<versionId>}.
   *
   * @param promptId the prompt's ID
   * @param promptVersionId the version's ID
   * @return the URL
   * @throws IllegalArgumentException when an ID is blank
   */
  public String promptVersionUrl(String promptId, String promptVersionId) {
    return prompt(promptId).addQueryParameter("version", Resolver.requireText(promptVersionId, "promptVersionId"))
        .build().toString();
  }

  /**
   * Names the active organization and space, or says they are not looked up yet. Sends nothing.
   *
   * @return for example {@code Workspace{organization=Acme, space=team-alpha}}
   */
  @Override
  public String toString() {
    synchronized (active) {
      return active.organization == null ? "Workspace{not activated yet}"
          : "Workspace{organization=" + active.organization.name() + ", space=" + active.space.name() + "}";
    }
  }

  private static void requireUsers(List<String> users) {
    if (users == null || users.isEmpty() || users.stream().anyMatch(u -> u == null || u.isBlank())) {
      throw new IllegalArgumentException("Give at least one user, and no blank one");
    }
  }
}
