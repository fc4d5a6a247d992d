package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.UpdateSpaceRequest;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The spaces of the account's organizations (the Python SDK's {@code client.spaces}). Wherever a
 * parameter is called {@code space} or {@code organization} it takes a name or an ID; {@code user}
 * takes a user ID or an email. Space names are unique only within an organization, so a space name
 * shared by two organizations raises {@link io.github.arizeadmin.core.errors.AmbiguousNameException}:
 * pass the ID then.
 *
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class SpacesClient {
  private final ClientContext context;
  private final RequestOptions options;

  SpacesClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public SpacesClient withOptions(RequestOptions requestOptions) {
    return new SpacesClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists the first page of spaces the caller can access (50 per page).
   *
   * @return the page
   */
  public Page<Space> list() {
    return list(null, null, 50, null);
  }

  /**
   * Lists one page of spaces.
   *
   * @param organization only the spaces of this organization (name or ID), or {@code null}
   * @param name a case-insensitive substring of the space name, or {@code null}
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   */
  public Page<Space> list(String organization, String name, int limit, String cursor) {
    ClientContext.checkLimit(limit);
    PreRelease.beta("spaces.list");
    String organizationId = organization == null ? null : resolver().organizationId(organization);
    return context.spaces(options, organizationId, name, limit, cursor);
  }

  /**
   * Iterates every space the caller can access, lazily across pages.
   *
   * @return the iterable
   */
  public PageIterable<Space> listAll() {
    return listAll(null, null);
  }

  /**
   * Iterates every space matching the filters, lazily across pages.
   *
   * @param organization only the spaces of this organization (name or ID), or {@code null}
   * @param name a case-insensitive substring of the space name, or {@code null}
   * @return the iterable
   */
  public PageIterable<Space> listAll(String organization, String name) {
    AtomicReference<String> organizationId = new AtomicReference<>();
    return PageIterable.of((cursor, limit) -> {
      PreRelease.beta("spaces.list");
      String id = organization == null ? null
          : organizationId.updateAndGet(known -> known != null ? known : resolver().organizationId(organization));
      return context.spaces(options, id, name, limit, cursor);
    });
  }

  /**
   * Gets a space.
   *
   * @param space its name or ID
   * @return the space
   */
  public Space get(String space) {
    PreRelease.beta("spaces.get");
    String id = resolver().spaceId(space, null);
    return Convert.space(context.transport().call(Endpoint.GET_SPACE, options, () -> context.api().spaces().getSpace(id)));
  }

  /**
   * Creates a space without a description.
   *
   * @param name the name, unique in the organization
   * @param organization the organization's name or ID
   * @return the new space
   */
  public Space create(String name, String organization) {
    return create(name, organization, null);
  }

  /**
   * Creates a space.
   *
   * @param name the name, unique in the organization (409 otherwise)
   * @param organization the organization's name or ID
   * @param description the description, or {@code null}
   * @return the new space
   * @throws IllegalArgumentException when the name is blank
   */
  public Space create(String name, String organization, String description) {
    Resolver.requireText(name, "name");
    PreRelease.beta("spaces.create");
    String organizationId = resolver().organizationId(organization);
    CreateSpaceRequest body = new CreateSpaceRequest().name(name).organizationId(organizationId).description(description);
    return Convert.space(context.transport().call(Endpoint.CREATE_SPACE, options,
        () -> context.api().spaces().createSpace(body)));
  }

  /**
   * Renames or re-describes a space.
   *
   * @param space its name or ID
   * @param name the new name, or {@code null} to keep it
   * @param description the new description, or {@code null} to keep it
   * @return the updated space
   * @throws IllegalArgumentException when both are {@code null} (checked before any request)
   */
  public Space update(String space, String name, String description) {
    if (name == null && description == null) {
      throw new IllegalArgumentException("Nothing to update: give a name or a description");
    }
    PreRelease.beta("spaces.update");
    String id = resolver().spaceId(space, null);
    UpdateSpaceRequest body = new UpdateSpaceRequest().name(name).description(description);
    return Convert.space(context.transport().call(Endpoint.UPDATE_SPACE, options,
        () -> context.api().spaces().updateSpace(id, body)));
  }

  /**
   * Deletes a space and everything in it. Irreversible.
   *
   * @param space its name or ID
   */
  public void delete(String space) {
    PreRelease.beta("spaces.delete");
    String id = resolver().spaceId(space, null);
    context.transport().run(Endpoint.DELETE_SPACE, options, () -> context.api().spaces().deleteSpace(id));
  }

  /**
   * Adds a user to a space, or changes the role of a member (an upsert): the membership is returned
   * either way. The user must already be a member of the space's organization (400 otherwise).
   *
   * @param space its name or ID
   * @param user the user's ID or email
   * @param role the space role, predefined or custom
   * @return the membership
   */
  public SpaceMembership addUser(String space, String user, SpaceRole role) {
    Objects.requireNonNull(role, "role");
    PreRelease.beta("spaces.addUser");
    Resolver resolver = resolver();
    String id = resolver.spaceId(space, null);
    String userId = resolver.userId(user);
    return addUserById(id, userId, role);
  }

  SpaceMembership addUserById(String spaceId, String userId, SpaceRole role) {
    AddSpaceUserRequest body = new AddSpaceUserRequest().userId(userId).role(Convert.wire(role));
    return Convert.membership(context.transport().call(Endpoint.ADD_SPACE_USER, options,
        () -> context.api().spaces().addSpaceUser(spaceId, body)));
  }

  /**
   * Removes a user from a space, with every role binding the user has on it (404 when not a member).
   *
   * @param space its name or ID
   * @param user the user's ID or email
   */
  public void removeUser(String space, String user) {
    PreRelease.beta("spaces.removeUser");
    Resolver resolver = resolver();
    String id = resolver.spaceId(space, null);
    String userId = resolver.userId(user);
    context.transport().run(Endpoint.REMOVE_SPACE_USER, options,
        () -> context.api().spaces().removeSpaceUser(id, userId));
  }

  @Override
  public String toString() {
    return "SpacesClient{options=" + options + "}";
  }
}
