package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.UpdateOrganizationRequest;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.Objects;

/**
 * The organizations of the account (the Python SDK's {@code client.organizations}). Wherever a
 * parameter is called {@code organization} it takes a name or an ID; wherever it is called {@code
 * user} it takes a user ID or an email.
 *
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class OrganizationsClient {
  private final ClientContext context;
  private final RequestOptions options;

  OrganizationsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
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
   * Lists the first page of organizations the caller can access (50 per page).
   *
   * @return the page
   */
  public Page<Organization> list() {
    return list(null, 50, null);
  }

  /**
   * Lists one page of organizations.
   *
   * @param name a case-insensitive substring of the name, or {@code null} for all
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range
   */
  public Page<Organization> list(String name, int limit, String cursor) {
    PreRelease.beta("organizations.list");
    return context.organizations(options, name, limit, cursor);
  }

  /**
   * Iterates every organization the caller can access, lazily across pages.
   *
   * @return the iterable
   */
  public PageIterable<Organization> listAll() {
    return listAll(null);
  }

  /**
   * Iterates every organization whose name contains a substring, lazily across pages.
   *
   * @param name a case-insensitive substring of the name, or {@code null} for all
   * @return the iterable
   */
  public PageIterable<Organization> listAll(String name) {
    return PageIterable.of((cursor, limit) -> list(name, limit, cursor));
  }

  /**
   * Gets an organization.
   *
   * @param organization its name or ID
   * @return the organization
   */
  public Organization get(String organization) {
    PreRelease.beta("organizations.get");
    String id = resolver().organizationId(organization);
    return Convert.organization(context.transport().call(Endpoint.GET_ORGANIZATION, options,
        () -> context.api().organizations().getOrganization(id)));
  }

  /**
   * Creates an organization without a description.
   *
   * @param name the name, unique in the account
   * @return the new organization
   */
  public Organization create(String name) {
    return create(name, null);
  }

  /**
   * Creates an organization.
   *
   * @param name the name, unique in the account (409 otherwise)
   * @param description the description, or {@code null}
   * @return the new organization
   * @throws IllegalArgumentException when the name is blank
   */
  public Organization create(String name, String description) {
    Resolver.requireText(name, "name");
    PreRelease.beta("organizations.create");
    CreateOrganizationRequest body = new CreateOrganizationRequest().name(name).description(description);
    return Convert.organization(context.transport().call(Endpoint.CREATE_ORGANIZATION, options,
        () -> context.api().organizations().createOrganization(body)));
  }

  /**
   * Renames or re-describes an organization.
   *
   * @param organization its name or ID
   * @param name the new name, or {@code null} to keep it
   * @param description the new description ({@code ""} clears it), or {@code null} to keep it
   * @return the updated organization
   * @throws IllegalArgumentException when both are {@code null} (checked before any request)
   */
  public Organization update(String organization, String name, String description) {
    if (name == null && description == null) {
      throw new IllegalArgumentException("Nothing to update: give a name or a description");
    }
    PreRelease.beta("organizations.update");
    String id = resolver().organizationId(organization);
    UpdateOrganizationRequest body = new UpdateOrganizationRequest().name(name).description(description);
    return Convert.organization(context.transport().call(Endpoint.UPDATE_ORGANIZATION, options,
        () -> context.api().organizations().updateOrganization(id, body)));
  }

  /**
   * Deletes an organization and everything in it. Irreversible.
   *
   * @param organization its name or ID
   */
  public void delete(String organization) {
    PreRelease.beta("organizations.delete");
    String id = resolver().organizationId(organization);
    context.transport().run(Endpoint.DELETE_ORGANIZATION, options,
        () -> context.api().organizations().deleteOrganization(id));
  }

  /**
   * Adds a user to an organization, or changes the role of a member (an upsert): the membership is
   * returned either way. The user must exist in the account; annotator users may only get {@code
   * ANNOTATOR}, and only they may.
   *
   * @param organization its name or ID
   * @param user the user's ID or email
   * @param role the organization role
   * @return the membership
   */
  public OrganizationMembership addUser(String organization, String user, OrganizationRole role) {
    Objects.requireNonNull(role, "role");
    PreRelease.beta("organizations.addUser");
    Resolver resolver = resolver();
    String id = resolver.organizationId(organization);
    String userId = resolver.userId(user);
    AddOrganizationUserRequest body = new AddOrganizationUserRequest().userId(userId).role(Convert.wire(role));
    return Convert.membership(context.transport().call(Endpoint.ADD_ORGANIZATION_USER, options,
        () -> context.api().organizations().addOrganizationUser(id, body)));
  }

  /**
   * Removes a user from an organization and from every space of it.
   *
   * @param organization its name or ID
   * @param user the user's ID or email
   */
  public void removeUser(String organization, String user) {
    PreRelease.beta("organizations.removeUser");
    Resolver resolver = resolver();
    String id = resolver.organizationId(organization);
    String userId = resolver.userId(user);
    context.transport().run(Endpoint.REMOVE_ORGANIZATION_USER, options,
        () -> context.api().organizations().removeOrganizationUser(id, userId));
  }

  @Override
  public String toString() {
    return "OrganizationsClient{options=" + options + "}";
  }
}
