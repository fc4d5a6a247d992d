package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.UpdateOrganizationRequest;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organizations of the account (the Python SDK's {@code client.organizations}). Wherever a
 * parameter is called {@code organization} it takes a name or an ID; wherever it is called {@code
 * user} it takes a user ID or an email.
 *
 * <p><b>Cost of a name</b>: an ID is sent as is; a name costs one {@code GET /v2/organizations?name=..}
 * per 100 organizations whose name contains it (usually one). An email costs one {@code GET
 * /v2/users?email=..} per 100 matching users (usually one).
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass: the HTTP status's own class, or
 * {@link TransportException} when no usable answer came.
 */
public final class OrganizationsClient {
  private final ClientContext context;
  private final RequestOptions options;

  OrganizationsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public OrganizationsClient withOptions(RequestOptions requestOptions) {
    return new OrganizationsClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists the first page of organizations the caller can access ({@value PageIterable#DEFAULT_PAGE_SIZE}
   * per page). Sends one {@code GET /v2/organizations}.
   *
   * @return the page
   */
  public Page<Organization> list() {
    return list(null, PageIterable.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * Lists one page of organizations. Sends one {@code GET /v2/organizations}.
   *
   * @param name a case-insensitive substring of the name, or {@code null} for all
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range (before any request)
   */
  public Page<Organization> list(String name, int limit, String cursor) {
    ClientContext.checkLimit(limit);
    context.beta("organizations.list");
    return context.organizations(options, name, limit, cursor);
  }

  /**
   * Iterates every organization the caller can access, lazily: one {@code GET /v2/organizations} per
   * page, from the first item asked for.
   *
   * @return the iterable
   */
  public PageIterable<Organization> listAll() {
    return listAll(null);
  }

  /**
   * Iterates every organization whose name contains a substring, lazily: one {@code GET
   * /v2/organizations?name=..} per page, from the first item asked for.
   *
   * @param name a case-insensitive substring of the name, or {@code null} for all
   * @return the iterable
   */
  public PageIterable<Organization> listAll(String name) {
    return PageIterable.of((cursor, limit) -> list(name, limit, cursor));
  }

  /**
   * Gets an organization. An ID sends one {@code GET /v2/organizations/{org_id}}; a name is found by
   * its lookup (no further request).
   *
   * @param organization its name or ID
   * @return the organization
   * @throws NameNotFoundException when no organization has that name (the message lists those seen)
   * @throws AmbiguousNameException when several have it
   * @throws NotFoundException when no organization has that ID
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Organization get(String organization) {
    Resolver.requireText(organization, "organization");
    context.beta("organizations.get");
    return Resolver.get(organization, this::byId, name -> resolver().organizationsNamed(name));
  }

  /**
   * Finds an organization, without an exception when there is none. Sends what {@link #get(String)}
   * sends.
   *
   * @param organization its name or ID
   * @return the organization; empty when no organization has that name, or that ID (404)
   * @throws AmbiguousNameException when several organizations have that name
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Optional<Organization> find(String organization) {
    Resolver.requireText(organization, "organization");
    context.beta("organizations.get");
    return Resolver.find(organization, this::byId, name -> resolver().organizationsNamed(name));
  }

  private Organization byId(String id) {
    return Convert.organization(context.transport().call(Endpoint.GET_ORGANIZATION, options,
        () -> context.api().organizations().getOrganization(id)));
  }

  /**
   * Creates an organization without a description. Sends one {@code POST /v2/organizations}.
   *
   * @param name the name, unique in the account
   * @return the new organization
   * @throws ConflictException when the name is taken
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Organization create(String name) {
    return create(name, null);
  }

  /**
   * Creates an organization. Sends one {@code POST /v2/organizations} (never retried: a repeat would
   * answer 409).
   *
   * @param name the name, unique in the account
   * @param description the description, or {@code null} for none ({@code ""})
   * @return the new organization
   * @throws ConflictException when the name is taken
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Organization create(String name, String description) {
    Resolver.requireText(name, "name");
    context.beta("organizations.create");
    CreateOrganizationRequest body = new CreateOrganizationRequest().name(name).description(description);
    return Convert.organization(context.transport().call(Endpoint.CREATE_ORGANIZATION, options,
        () -> context.api().organizations().createOrganization(body)));
  }

  /**
   * Returns the organization with this exact name, creating it when there is none: safe to run again.
   * Costs the name's lookup (usually one {@code GET /v2/organizations?name=..}), plus one {@code POST
   * /v2/organizations} when it creates. An existing organization is returned as it is (its
   * description is not changed). When another client creates the same name in between (409), the
   * lookup is made once more and its result returned.
   *
   * @param name the exact name (always a name, even when it looks like an ID)
   * @return the existing or new organization
   * @throws AmbiguousNameException when several organizations have that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Organization ensure(String name) {
    return ensure(name, null);
  }

  /**
   * Returns the organization with this exact name, creating it with this description when there is
   * none. Costs what {@link #ensure(String)} costs.
   *
   * @param name the exact name (always a name, even when it looks like an ID)
   * @param description the description of a new organization, or {@code null}
   * @return the existing or new organization
   * @throws AmbiguousNameException when several organizations have that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Organization ensure(String name, String description) {
    Resolver.requireText(name, "name");
    context.beta("organizations.get");
    return Resolver.findOrCreate(() -> resolver().organizationsNamed(name).find(), () -> create(name, description));
  }

  /**
   * Renames or re-describes an organization. Sends one {@code PATCH /v2/organizations/{org_id}}, after
   * the name's lookup.
   *
   * @param organization its name or ID
   * @param name the new name, or {@code null} to keep it
   * @param description the new description ({@code ""} clears it), or {@code null} to keep it
   * @return the updated organization
   * @throws IllegalArgumentException when both are {@code null} (before any request)
   * @throws NameNotFoundException when no organization has that name
   * @throws ConflictException when the new name is taken
   */
  public Organization update(String organization, String name, String description) {
    if (name == null && description == null) {
      throw new IllegalArgumentException("Nothing to update: give a name or a description");
    }
    context.beta("organizations.update");
    String id = resolver().organizationId(organization);
    UpdateOrganizationRequest body = new UpdateOrganizationRequest().name(name).description(description);
    return Convert.organization(context.transport().call(Endpoint.UPDATE_ORGANIZATION, options,
        () -> context.api().organizations().updateOrganization(id, body)));
  }

  /**
   * Deletes an organization and everything in it (spaces, projects, their memberships and bindings).
   * Irreversible. Sends one {@code DELETE /v2/organizations/{org_id}}, after the name's lookup.
   *
   * @param organization its name or ID
   * @throws NameNotFoundException when no organization has that name
   * @throws NotFoundException when no organization has that ID
   */
  public void delete(String organization) {
    context.beta("organizations.delete");
    String id = resolver().organizationId(organization);
    context.transport().run(Endpoint.DELETE_ORGANIZATION, options,
        () -> context.api().organizations().deleteOrganization(id));
  }

  /**
   * Adds a user to an organization, or changes the role of a member (an upsert, safe to repeat): the
   * membership is returned either way. Sends one {@code POST /v2/organizations/{org_id}/users}, after
   * the lookups of a name, an email and a custom role's name (a scan of the roles). The user must exist
   * in the account; annotator users may only get {@code ANNOTATOR}, and only they may.
   *
   * @param organization its name or ID
   * @param user the user's ID or email
   * @param role the organization role
   * @return the membership
   * @throws NameNotFoundException when the organization, the email or the custom role's name matches nothing
   * @throws BadRequestException when the annotator rule is broken
   */
  public OrganizationMembership addUser(String organization, String user, OrganizationRole role) {
    Objects.requireNonNull(role, "role");
    context.beta("organizations.addUser");
    Resolver resolver = resolver();
    String id = resolver.organizationId(organization);
    String userId = resolver.userId(user);
    AddOrganizationUserRequest body = new AddOrganizationUserRequest().userId(userId)
        .role(Convert.wire(role, resolver::roleId));
    return Convert.membership(context.transport().call(Endpoint.ADD_ORGANIZATION_USER, options,
        () -> context.api().organizations().addOrganizationUser(id, body)));
  }

  /**
   * Removes a user from an organization and from every space of it. Sends one {@code DELETE
   * /v2/organizations/{org_id}/users/{user_id}}, after the lookups of a name and an email.
   *
   * @param organization its name or ID
   * @param user the user's ID or email
   * @throws NotFoundException when the user is not a member
   * @throws NameNotFoundException when the organization's name or the email matches nothing
   */
  public void removeUser(String organization, String user) {
    context.beta("organizations.removeUser");
    Resolver resolver = resolver();
    String id = resolver.organizationId(organization);
    String userId = resolver.userId(user);
    remove(id, userId);
  }

  /**
   * Removes a user from every organization the caller can access, and so from every space of them:
   * the offboarding step REST v2 offers no single call for (it has no list of a user's memberships).
   * Sends one {@code GET /v2/organizations} per 100 organizations, then one {@code DELETE
   * /v2/organizations/{org_id}/users/{user_id}} per organization; an organization the user is not in
   * answers 404 and is skipped.
   *
   * @param user the user's ID or email
   * @return the organizations the user was removed from, in the service's list order
   * @throws NameNotFoundException when nobody has that email
   * @throws ForbiddenException when the caller is not an admin of one of them; the removals made
   *     before it stay
   */
  public List<Organization> removeUserFromAll(String user) {
    context.beta("organizations.removeUser");
    String userId = resolver().userId(user);
    List<Organization> removedFrom = new ArrayList<>();
    for (Organization organization : PageIterable.<Organization>of(
        (cursor, limit) -> context.organizations(options, null, limit, cursor))) {
      try {
        remove(organization.id(), userId);
        removedFrom.add(organization);
      } catch (NotFoundException notAMember) {
        // The only way REST v2 tells that the user is not in this organization.
      }
    }
    return List.copyOf(removedFrom);
  }

  private void remove(String organizationId, String userId) {
    context.transport().run(Endpoint.REMOVE_ORGANIZATION_USER, options,
        () -> context.api().organizations().removeOrganizationUser(organizationId, userId));
  }

  @Override
  public String toString() {
    return "OrganizationsClient{options=" + options + "}";
  }
}
