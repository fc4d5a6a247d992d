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
import java.util.Optional;

/**
 * The spaces of the account's organizations (the Python SDK's {@code client.spaces}). Wherever a
 * parameter is called {@code space} or {@code organization} it takes a name or an ID; {@code user}
 * takes a user ID or an email. Space names are unique only within an organization, so a space name
 * shared by two organizations raises {@link AmbiguousNameException}: pass the organization, or the ID.
 *
 * <p><b>Cost of a name</b>: an ID is sent as is; a space name costs one {@code GET /v2/spaces?name=..}
 * per 100 spaces whose name contains it (usually one), an organization name one {@code GET
 * /v2/organizations?name=..}, an email one {@code GET /v2/users?email=..}.
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass: the HTTP status's own class, or
 * {@link TransportException} when no usable answer came.
 */
public final class SpacesClient {
  private final ClientContext context;
  private final RequestOptions options;

  SpacesClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
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
   * Lists the first page of spaces the caller can access ({@value PageIterable#DEFAULT_PAGE_SIZE} per
   * page). Sends one {@code GET /v2/spaces}.
   *
   * @return the page
   */
  public Page<Space> list() {
    return list(SpaceFilter.defaults(), PageIterable.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * Lists one page of spaces. Sends one {@code GET /v2/spaces}, after the organization's lookup.
   *
   * @param filter the organization and name filters ({@link SpaceFilter#defaults()} for none)
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range (before any request)
   * @throws NameNotFoundException when no organization has the filter's organization name
   */
  public Page<Space> list(SpaceFilter filter, int limit, String cursor) {
    Objects.requireNonNull(filter, "filter");
    ClientContext.checkLimit(limit);
    context.beta("spaces.list");
    String organizationId = filter.organization() == null ? null : resolver().organizationId(filter.organization());
    return context.spaces(options, organizationId, filter.name(), limit, cursor);
  }

  /**
   * Iterates every space the caller can access, lazily: one {@code GET /v2/spaces} per page, from the
   * first item asked for.
   *
   * @return the iterable
   */
  public PageIterable<Space> listAll() {
    return listAll(SpaceFilter.defaults());
  }

  /**
   * Iterates every space matching the filters, lazily: an organization name is looked up once, when
   * the first page is fetched, then one {@code GET /v2/spaces} per page.
   *
   * @param filter the organization and name filters ({@link SpaceFilter#defaults()} for none)
   * @return the iterable
   */
  public PageIterable<Space> listAll(SpaceFilter filter) {
    Objects.requireNonNull(filter, "filter");
    Once<String> organizationId = new Once<>(() -> filter.organization() == null ? null
        : resolver().organizationId(filter.organization()));
    return PageIterable.of((cursor, limit) -> {
      context.beta("spaces.list");
      return context.spaces(options, organizationId.get(), filter.name(), limit, cursor);
    });
  }

  /**
   * Gets a space. An ID sends one {@code GET /v2/spaces/{space_id}}; a name is found by its lookup (no
   * further request).
   *
   * @param space its name or ID
   * @return the space
   * @throws NameNotFoundException when no space has that name
   * @throws AmbiguousNameException when spaces of several organizations have it
   * @throws NotFoundException when no space has that ID
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Space get(String space) {
    return get(space, null);
  }

  /**
   * Gets a space of one organization. Sends what {@link #get(String)} sends, after the organization's
   * lookup.
   *
   * @param space its name or ID
   * @param organization the organization whose space a name means (name or ID), or {@code null} for any
   * @return the space
   * @throws NameNotFoundException when no space (or organization) has that name
   * @throws AmbiguousNameException when several spaces have it
   * @throws NotFoundException when no space has that ID
   * @throws IllegalArgumentException when the space is {@code null} or blank
   */
  public Space get(String space, String organization) {
    Resolver.requireText(space, "space");
    context.beta("spaces.get");
    return Resolver.get(space, this::byId, name -> spacesNamed(name, organization));
  }

  /**
   * Finds a space, without an exception when there is none. Sends what {@link #get(String)} sends.
   *
   * @param space its name or ID
   * @return the space; empty when no space has that name, or that ID (404)
   * @throws AmbiguousNameException when spaces of several organizations have that name
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Optional<Space> find(String space) {
    return find(space, null);
  }

  /**
   * Finds a space of one organization, without an exception when there is none. Sends what {@link
   * #get(String, String)} sends.
   *
   * @param space its name or ID
   * @param organization the organization whose space a name means (name or ID), or {@code null} for any
   * @return the space; empty when no space has that name in that organization, or that ID (404)
   * @throws NameNotFoundException when no organization has that name
   * @throws AmbiguousNameException when several spaces have that name
   * @throws IllegalArgumentException when the space is {@code null} or blank
   */
  public Optional<Space> find(String space, String organization) {
    Resolver.requireText(space, "space");
    context.beta("spaces.get");
    return Resolver.find(space, this::byId, name -> spacesNamed(name, organization));
  }

  private Resolver.Lookup<Space> spacesNamed(String name, String organization) {
    Resolver resolver = resolver();
    return resolver.spacesNamed(name, organization == null ? null : resolver.organizationId(organization));
  }

  private Space byId(String id) {
    return Convert.space(context.transport().call(Endpoint.GET_SPACE, options, () -> context.api().spaces().getSpace(id)));
  }

  /**
   * Creates a space without a description. Sends one {@code POST /v2/spaces}, after the organization's
   * lookup.
   *
   * @param name the name, unique in the organization
   * @param organization the organization's name or ID
   * @return the new space
   * @throws ConflictException when the organization already has a space of that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Space create(String name, String organization) {
    return create(name, organization, null);
  }

  /**
   * Creates a space. Sends one {@code POST /v2/spaces} (never retried), after the organization's lookup.
   *
   * @param name the name, unique in the organization
   * @param organization the organization's name or ID
   * @param description the description, or {@code null} for none ({@code ""})
   * @return the new space
   * @throws ConflictException when the organization already has a space of that name
   * @throws NameNotFoundException when no organization has that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Space create(String name, String organization, String description) {
    Resolver.requireText(name, "name");
    context.beta("spaces.create");
    return createIn(resolver().organizationId(organization), name, description);
  }

  private Space createIn(String organizationId, String name, String description) {
    CreateSpaceRequest body = new CreateSpaceRequest().name(name).organizationId(organizationId).description(description);
    return Convert.space(context.transport().call(Endpoint.CREATE_SPACE, options,
        () -> context.api().spaces().createSpace(body)));
  }

  /**
   * Returns the space with this exact name in an organization, creating it when there is none: safe to
   * run again. Costs the organization's lookup (none for an ID), the space name's lookup in it
   * (usually one {@code GET /v2/spaces?org_id=..&name=..}), plus one {@code POST /v2/spaces} when it
   * creates. An existing space is returned as it is. When another client creates the same space in
   * between (409), the lookup is made once more and its result returned.
   *
   * @param name the exact space name (always a name, even when it looks like an ID)
   * @param organization the organization's name or ID
   * @return the existing or new space
   * @throws NameNotFoundException when no organization has that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Space ensure(String name, String organization) {
    return ensure(name, organization, null);
  }

  /**
   * Returns the space with this exact name in an organization, creating it with this description when
   * there is none. Costs what {@link #ensure(String, String)} costs.
   *
   * @param name the exact space name (always a name, even when it looks like an ID)
   * @param organization the organization's name or ID
   * @param description the description of a new space, or {@code null}
   * @return the existing or new space
   * @throws NameNotFoundException when no organization has that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Space ensure(String name, String organization, String description) {
    Resolver.requireText(name, "name");
    context.beta("spaces.get");
    Resolver resolver = resolver();
    String organizationId = resolver.organizationId(organization);
    return Resolver.findOrCreate(() -> resolver.spacesNamed(name, organizationId).find(), () -> {
      context.beta("spaces.create");
      return createIn(organizationId, name, description);
    });
  }

  /**
   * Renames or re-describes a space. Sends one {@code PATCH /v2/spaces/{space_id}}, after the name's lookup.
   *
   * @param space its name or ID
   * @param name the new name, or {@code null} to keep it
   * @param description the new description, or {@code null} to keep it
   * @return the updated space
   * @throws IllegalArgumentException when both are {@code null} (before any request)
   * @throws NameNotFoundException when no space has that name
   * @throws ConflictException when the new name is taken in the organization
   */
  public Space update(String space, String name, String description) {
    if (name == null && description == null) {
      throw new IllegalArgumentException("Nothing to update: give a name or a description");
    }
    context.beta("spaces.update");
    String id = resolver().spaceId(space, null);
    UpdateSpaceRequest body = new UpdateSpaceRequest().name(name).description(description);
    return Convert.space(context.transport().call(Endpoint.UPDATE_SPACE, options,
        () -> context.api().spaces().updateSpace(id, body)));
  }

  /**
   * Deletes a space and everything in it. Irreversible. Sends one {@code DELETE /v2/spaces/{space_id}},
   * after the name's lookup.
   *
   * @param space its name or ID
   * @throws NameNotFoundException when no space has that name
   * @throws NotFoundException when no space has that ID
   */
  public void delete(String space) {
    context.beta("spaces.delete");
    String id = resolver().spaceId(space, null);
    context.transport().run(Endpoint.DELETE_SPACE, options, () -> context.api().spaces().deleteSpace(id));
  }

  /**
   * Adds a user to a space, or changes the role of a member (an upsert, safe to repeat): the
   * membership is returned either way. Sends one {@code POST /v2/spaces/{space_id}/users}, after the
   * lookups of a name, an email and a custom role's name (a scan of the roles). The user must already
   * be a member of the space's organization.
   *
   * @param space its name or ID
   * @param user the user's ID or email
   * @param role the space role: predefined, or {@code SpaceRole.custom("Data Scientist")} by name or ID
   * @return the membership
   * @throws BadRequestException when the user is not in the space's organization, or the annotator
   *     rule is broken
   * @throws NameNotFoundException when the space, the email or the custom role's name matches nothing
   * @throws AmbiguousNameException when the space's or the role's name matches several
   */
  public SpaceMembership addUser(String space, String user, SpaceRole role) {
    Objects.requireNonNull(role, "role");
    context.beta("spaces.addUser");
    Resolver resolver = resolver();
    String id = resolver.spaceId(space, null);
    String userId = resolver.userId(user);
    return addUserById(id, userId, Convert.wire(role, resolver::roleId));
  }

  SpaceMembership addUserById(String spaceId, String userId,
      io.github.arizeadmin.api.generated.model.SpaceRoleAssignment role) {
    AddSpaceUserRequest body = new AddSpaceUserRequest().userId(userId).role(role);
    return Convert.membership(context.transport().call(Endpoint.ADD_SPACE_USER, options,
        () -> context.api().spaces().addSpaceUser(spaceId, body)));
  }

  /**
   * Removes a user from a space, with every role binding the user has on it. Sends one {@code DELETE
   * /v2/spaces/{space_id}/users/{user_id}}, after the lookups of a name and an email.
   *
   * @param space its name or ID
   * @param user the user's ID or email
   * @throws NotFoundException when the user is not a member
   * @throws NameNotFoundException when the space's name or the email matches nothing
   */
  public void removeUser(String space, String user) {
    context.beta("spaces.removeUser");
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
