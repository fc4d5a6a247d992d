package io.github.arizeadmin.core;

import io.github.arizeadmin.core.errors.AmbiguousNameException;
import io.github.arizeadmin.core.errors.NameNotFoundException;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMemberRemoval;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Space &amp; Organization Tools" of the older Arize toolkit client, on top of REST v2: an active
 * organization and space (the first organization and its first space unless given), switching between
 * them, bulk space membership, and the web app's URLs.
 *
 * <p>Differences from the toolkit, forced by REST v2: results are the core's values (snake_case JSON)
 * rather than camelCase dicts; a space's {@code private} flag and a user's {@code userType} have no v2
 * field and are gone; a user must be a member of the space's organization before being added to a space
 * (400 otherwise); "first" follows the service's list order (creation order on the fake; the real
 * service states no order).
 *
 * <p>The active organization and space are this object's state, guarded by its monitor.
 */
public final class Workspace {
  private final ArizeAdminClient client;
  private final ClientContext context;
  private Organization organization;
  private Space space;

  private Workspace(ArizeAdminClient client, Organization organization, Space space) {
    this.client = client;
    this.context = client.context();
    this.organization = organization;
    this.space = space;
  }

  static Workspace open(ArizeAdminClient client, String organization, String space) {
    Resolver resolver = new Resolver(client.context(), RequestOptions.defaults());
    Organization org = organization == null ? firstOrganization(client) : findOrganization(client, resolver, organization);
    Space active = space == null ? firstSpace(client, org) : findSpace(client, resolver, space, org);
    return new Workspace(client, org, active);
  }

  /**
   * Creates an organization and a space in it, and returns a workspace bound to both (the toolkit's
   * {@code Client.create_with_new_organization}).
   *
   * @param client the client
   * @param organizationName the new organization's name
   * @param spaceName the new space's name
   * @param organizationDescription the organization's description, or {@code null}
   * @return the bound workspace
   */
  public static Workspace createWithNewOrganization(ArizeAdminClient client, String organizationName,
      String spaceName, String organizationDescription) {
    Resolver.requireText(spaceName, "spaceName");
    Organization org = client.organizations().create(organizationName, organizationDescription);
    Space created = client.spaces().create(spaceName, org.id());
    return new Workspace(client, org, created);
  }

  /**
   * Creates a space in an existing organization and returns a workspace bound to both (the toolkit's
   * {@code Client.create_with_new_space}).
   *
   * @param client the client
   * @param organization the organization's name or ID (it must exist)
   * @param spaceName the new space's name
   * @return the bound workspace
   */
  public static Workspace createWithNewSpace(ArizeAdminClient client, String organization, String spaceName) {
    Resolver.requireText(spaceName, "spaceName");
    Organization org = findOrganization(client, new Resolver(client.context(), RequestOptions.defaults()), organization);
    Space created = client.spaces().create(spaceName, org.id());
    return new Workspace(client, org, created);
  }

  /**
   * Returns the active organization.
   *
   * @return the organization
   */
  public synchronized Organization organization() {
    return organization;
  }

  /**
   * Returns the active space.
   *
   * @return the space
   */
  public synchronized Space space() {
    return space;
  }

  /**
   * Changes the active space and returns its URL. No argument: nothing changes. A space only: that
   * space of the active organization. An organization only: its first space. Both: that space of that
   * organization.
   *
   * @param spaceName the space's name or ID, or {@code null}
   * @param organizationName the organization's name or ID, or {@code null}
   * @return the active space's URL
   */
  public synchronized String switchSpace(String spaceName, String organizationName) {
    Resolver resolver = resolver();
    Organization org = organizationName == null ? organization : findOrganization(client, resolver, organizationName);
    if (spaceName == null && organizationName == null) {
      return spaceUrl();
    }
    Space target = spaceName == null ? firstSpace(client, org) : findSpace(client, resolver, spaceName, org);
    organization = org;
    space = target;
    return spaceUrl();
  }

  /**
   * Returns every organization the caller can access.
   *
   * @return the organizations
   */
  public List<Organization> getAllOrganizations() {
    return client.organizations().listAll().toList();
  }

  /**
   * Returns every space of the active organization.
   *
   * @return the spaces
   */
  public List<Space> getAllSpaces() {
    return client.spaces().listAll(organization().id(), null).toList();
  }

  /**
   * Creates a space in the active organization and makes it active.
   *
   * @param name the new space's name
   * @return the new space's ID
   */
  public String createNewSpace(String name) {
    return createNewSpace(name, true);
  }

  /**
   * Creates a space in the active organization.
   *
   * @param name the new space's name
   * @param setAsActive whether to make it the active space
   * @return the new space's ID
   */
  public synchronized String createNewSpace(String name, boolean setAsActive) {
    Space created = client.spaces().create(name, organization.id());
    if (setAsActive) {
      space = created;
    }
    return created.id();
  }

  /**
   * Creates an organization and a space in it (an organization needs one to be usable).
   *
   * @param organizationName the new organization's name
   * @param spaceName the new space's name
   * @param organizationDescription the organization's description, or {@code null}
   * @param setAsActive whether to make them the active organization and space
   * @return the new space's URL
   */
  public synchronized String createNewOrganizationAndSpace(String organizationName, String spaceName,
      String organizationDescription, boolean setAsActive) {
    Resolver.requireText(spaceName, "spaceName");
    Organization org = client.organizations().create(organizationName, organizationDescription);
    Space created = client.spaces().create(spaceName, org.id());
    if (setAsActive) {
      organization = org;
      space = created;
    }
    return spaceUrl(org.id(), created.id());
  }

  /**
   * Creates a service key with the ADMIN role in the active space (organization role: the server's
   * default, READ_ONLY); the caller must be admin of the space.
   *
   * @param name the key's name
   * @return the key, with its raw secret ({@code key}), expiry and ID
   */
  public CreatedApiKey createSpaceAdminApiKey(String name) {
    Organization org;
    Space active;
    synchronized (this) {
      org = organization;
      active = space;
    }
    return client.apiKeys().createServiceKey(name,
        List.of(ServiceKeyOrganization.of(org.id(), ServiceKeySpace.of(active.id(), SpaceRole.ADMIN))));
  }

  /**
   * Finds a user by a part of their name or email, ignoring case: an exact email or name wins, then
   * the oldest partial match. A search containing {@code @} uses the service's email filter; any other
   * scans every user.
   *
   * @param search a part of the name or email
   * @return the user
   * @throws IllegalArgumentException when the search is blank
   * @throws NameNotFoundException when nobody matches
   */
  public User getUser(String search) {
    Resolver.requireText(search, "search");
    String wanted = Resolver.lower(search);
    PageIterable<User> candidates = search.contains("@") ? client.users().listAll(search, List.of())
        : client.users().listAll();
    User partial = null;
    for (User user : candidates) {
      if (Resolver.lower(user.email()).equals(wanted) || Resolver.lower(user.name()).equals(wanted)) {
        return user;
      }
      if (partial == null && (Resolver.lower(user.email()).contains(wanted) || Resolver.lower(user.name()).contains(wanted))) {
        partial = user;
      }
    }
    if (partial == null) {
      throw new NameNotFoundException("user", search, List.of(), null);
    }
    return partial;
  }

  /**
   * Adds every user to every space with one role (an upsert per pair). Everything is resolved before
   * the first write. Users must already belong to the active organization.
   *
   * @param users names, emails or IDs (a name must match exactly one user's display name)
   * @param spaces space names or IDs in the active organization; empty or {@code null} for the active space
   * @param role the space role: predefined, or {@code SpaceRole.custom(roleId)} (the toolkit's {@code custom_role_id})
   * @return one membership per user × space pair
   * @throws IllegalArgumentException when there is no user
   */
  public List<SpaceMembership> assignSpaceMembership(List<String> users, List<String> spaces, SpaceRole role) {
    requireUsers(users);
    Objects.requireNonNull(role, "role");
    Organization org;
    Space active;
    synchronized (this) {
      org = organization;
      active = space;
    }
    Resolver resolver = resolver();
    List<String> userIds = resolveUsers(users);
    List<String> spaceIds = new ArrayList<>();
    if (spaces == null || spaces.isEmpty()) {
      spaceIds.add(active.id());
    } else {
      for (String name : spaces) {
        spaceIds.add(resolver.spaceId(name, org.id()));
      }
    }
    return assign(userIds, spaceIds, role);
  }

  /**
   * Adds every user to every space with a role given as the toolkit spells it ({@code admin}, {@code
   * member}, {@code readOnly}, {@code annotator}, or the wire's upper-case names).
   *
   * @param users names, emails or IDs
   * @param spaces space names or IDs in the active organization; empty or {@code null} for the active space
   * @param role the predefined role's name
   * @return one membership per user × space pair
   */
  public List<SpaceMembership> assignSpaceMembership(List<String> users, List<String> spaces, String role) {
    return assignSpaceMembership(users, spaces, SpaceRole.predefined(role));
  }

  /**
   * Adds every user to every space with one role, by IDs.
   *
   * @param userIds user IDs
   * @param spaceIds space IDs; empty or {@code null} for the active space
   * @param role the space role
   * @return one membership per user × space pair
   * @throws IllegalArgumentException when there is no user
   */
  public List<SpaceMembership> assignSpaceMembershipById(List<String> userIds, List<String> spaceIds, SpaceRole role) {
    requireUsers(userIds);
    Objects.requireNonNull(role, "role");
    List<String> targets = spaceIds == null || spaceIds.isEmpty() ? List.of(space().id()) : List.copyOf(spaceIds);
    return assign(List.copyOf(userIds), targets, role);
  }

  private List<SpaceMembership> assign(List<String> userIds, List<String> spaceIds, SpaceRole role) {
    PreRelease.beta("spaces.addUser");
    List<SpaceMembership> memberships = new ArrayList<>();
    for (String userId : userIds) {
      for (String spaceId : spaceIds) {
        memberships.add(client.spaces().addUserById(spaceId, userId, role));
      }
    }
    return List.copyOf(memberships);
  }

  /**
   * Removes a user from a space (with their role bindings on it).
   *
   * @param user the user's name, email or ID
   * @param spaceName the space's name or ID in the active organization, or {@code null} for the active space
   * @return the space the user was removed from
   * @throws IllegalArgumentException when the user is blank
   */
  public SpaceMemberRemoval removeSpaceMember(String user, String spaceName) {
    Resolver.requireText(user, "user");
    Organization org = organization();
    String userId = resolveUsers(List.of(user)).get(0);
    Space target = spaceName == null ? space() : findSpace(client, resolver(), spaceName, org);
    client.spaces().removeUser(target.id(), userId);
    return new SpaceMemberRemoval(target.id(), target.name());
  }

  /**
   * Removes a user from a space, by IDs.
   *
   * @param userId the user's ID
   * @param spaceId the space's ID, or {@code null} for the active space
   * @return the space the user was removed from
   * @throws IllegalArgumentException when the user ID is blank
   */
  public SpaceMemberRemoval removeSpaceMemberById(String userId, String spaceId) {
    Resolver.requireText(userId, "userId");
    Space target = spaceId == null ? space() : client.spaces().get(spaceId);
    client.spaces().removeUser(target.id(), userId);
    return new SpaceMemberRemoval(target.id(), target.name());
  }

  /**
   * Returns the web app URL of the active space: {@code <app>/organizations/<orgId>/spaces/<spaceId>}.
   *
   * @return the URL
   */
  public synchronized String spaceUrl() {
    return spaceUrl(organization.id(), space.id());
  }

  private String spaceUrl(String organizationId, String spaceId) {
    return client.appUrl() + "/organizations/" + segment(organizationId) + "/spaces/" + segment(spaceId);
  }

  /**
   * Returns the URL of a model (project) of the active space: {@code <space URL>/models/<modelId>}.
   *
   * @param modelId the model's ID
   * @return the URL
   */
  public String modelUrl(String modelId) {
    return spaceUrl() + "/models/" + segment(Resolver.requireText(modelId, "modelId"));
  }

  /**
   * Returns the URL of a custom metric: {@code <space URL>/models/<modelId>/custom_metrics/<metricId>}.
   *
   * @param modelId the model's ID
   * @param customMetricId the custom metric's ID
   * @return the URL
   */
  public String customMetricUrl(String modelId, String customMetricId) {
    return modelUrl(modelId) + "/custom_metrics/" + segment(Resolver.requireText(customMetricId, "customMetricId"));
  }

  /**
   * Returns the URL of a monitor: {@code <space URL>/monitors/<monitorId>}.
   *
   * @param monitorId the monitor's ID
   * @return the URL
   */
  public String monitorUrl(String monitorId) {
    return spaceUrl() + "/monitors/" + segment(Resolver.requireText(monitorId, "monitorId"));
  }

  /**
   * Returns the URL of a prompt: {@code <space URL>/prompt-hub/<promptId>}.
   *
   * @param promptId the prompt's ID
   * @return the URL
   */
  public String promptUrl(String promptId) {
    return spaceUrl() + "/prompt-hub/" + segment(Resolver.requireText(promptId, "promptId"));
  }

  /**
   * Returns the URL of a prompt version: {@code <space URL>/prompt-hub/<promptId>?version=<versionId>}.
   *
   * @param promptId the prompt's ID
   * @param promptVersionId the version's ID
   * @return the URL
   */
  public String promptVersionUrl(String promptId, String promptVersionId) {
    return promptUrl(promptId) + "?version=" + query(Resolver.requireText(promptVersionId, "promptVersionId"));
  }

  @Override
  public synchronized String toString() {
    return "Workspace{organization=" + organization.name() + ", space=" + space.name() + "}";
  }

  // ---- helpers ----

  private Resolver resolver() {
    return new Resolver(context, RequestOptions.defaults());
  }

  private static void requireUsers(List<String> users) {
    if (users == null || users.isEmpty() || users.stream().anyMatch(u -> u == null || u.isBlank())) {
      throw new IllegalArgumentException("Give at least one user, and no blank one");
    }
  }

  /** Emails and IDs as everywhere; display names must match exactly one user (scanned once for all). */
  private List<String> resolveUsers(List<String> users) {
    Resolver resolver = resolver();
    Map<String, List<User>> byName = null;
    List<String> ids = new ArrayList<>();
    for (String user : users) {
      if (user.contains("@") || Resolver.isResourceId(user)) {
        ids.add(resolver.userId(user));
        continue;
      }
      if (byName == null) {
        byName = new LinkedHashMap<>();
        for (User candidate : client.users().listAll()) {
          byName.computeIfAbsent(candidate.name(), name -> new ArrayList<>()).add(candidate);
        }
      }
      List<User> matches = byName.getOrDefault(user, List.of());
      if (matches.isEmpty()) {
        String wanted = Resolver.lower(user);
        List<String> similar = byName.keySet().stream().filter(name -> Resolver.lower(name).contains(wanted)).toList();
        throw new NameNotFoundException("user", user, similar, "Users are matched by exact display name, email or ID.");
      }
      if (matches.size() > 1) {
        throw new AmbiguousNameException("user", user, matches.stream().map(User::id).toList());
      }
      ids.add(matches.get(0).id());
    }
    return ids;
  }

  private static Organization firstOrganization(ArizeAdminClient client) {
    return client.organizations().listAll().first()
        .orElseThrow(() -> new IllegalStateException("The caller can access no organization"));
  }

  private static Space firstSpace(ArizeAdminClient client, Organization org) {
    Optional<Space> first = client.spaces().listAll(org.id(), null).first();
    return first.orElseThrow(() -> new IllegalStateException("Organization '" + org.name() + "' has no space"));
  }

  private static Organization findOrganization(ArizeAdminClient client, Resolver resolver, String organization) {
    Resolver.requireText(organization, "organization");
    return Resolver.isResourceId(organization) ? client.organizations().get(organization)
        : resolver.organizationByName(organization);
  }

  private static Space findSpace(ArizeAdminClient client, Resolver resolver, String spaceName, Organization org) {
    Resolver.requireText(spaceName, "space");
    return Resolver.isResourceId(spaceName) ? client.spaces().get(spaceName) : resolver.spaceByName(spaceName, org.id());
  }

  /** Keeps an ID in one path segment: escapes only what would end or break it. */
  private static String segment(String id) {
    StringBuilder out = new StringBuilder();
    for (char c : id.toCharArray()) {
      switch (c) {
        case '/' -> out.append("%2F");
        case '?' -> out.append("%3F");
        case '#' -> out.append("%23");
        case '%' -> out.append("%25");
        case ' ' -> out.append("%20");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String query(String value) {
    return segment(value).replace("&", "%26").replace("+", "%2B");
  }
}
