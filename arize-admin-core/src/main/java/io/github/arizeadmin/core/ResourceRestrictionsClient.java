package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateResourceRestrictionRequest;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.Objects;

/**
 * Project restrictions (the Python SDK's {@code client.resource_restrictions}): a restricted project
 * ignores roles bound above it; only bindings on the project grant access. Projects are given by ID,
 * or by name with their space.
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass.
 */
public final class ResourceRestrictionsClient {
  private final ClientContext context;
  private final RequestOptions options;

  ResourceRestrictionsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public ResourceRestrictionsClient withOptions(RequestOptions requestOptions) {
    return new ResourceRestrictionsClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  /**
   * Lists one page of the restrictions the caller may manage. Sends one {@code GET
   * /v2/resource-restrictions}. A page may be short, even empty, while more follow; {@link #listAll()}
   * keeps paging.
   *
   * @param resourceType {@link ResourceType#PROJECT}, or {@code null} for every supported type
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range or the type is not PROJECT (before
   *     any request)
   */
  public Page<ResourceRestriction> list(ResourceType resourceType, int limit, String cursor) {
    ClientContext.checkLimit(limit);
    if (resourceType == ResourceType.SPACE || resourceType == ResourceType.UNKNOWN) {
      throw new IllegalArgumentException("Only PROJECT resources can be restricted");
    }
    context.beta("resourceRestrictions.list");
    return context.restrictions(options, resourceType, limit, cursor);
  }

  /**
   * Iterates every restriction the caller may manage, lazily: one {@code GET /v2/resource-restrictions}
   * per page (short pages included), from the first item asked for.
   *
   * @return the iterable
   */
  public PageIterable<ResourceRestriction> listAll() {
    return PageIterable.of((cursor, limit) -> list(null, limit, cursor));
  }

  /**
   * Restricts a project. Idempotent: restricting a restricted project returns its restriction. Sends
   * one {@code POST /v2/resource-restrictions}.
   *
   * @param project the project's ID
   * @return the restriction
   * @throws BadRequestException when the ID is not a project's
   * @throws NameNotFoundException when the value is a name (a project name needs its space)
   */
  public ResourceRestriction restrict(String project) {
    return restrict(project, null);
  }

  /**
   * Restricts a project given by name within its space, or by ID. Sends one {@code POST
   * /v2/resource-restrictions}, after the lookups of the names.
   *
   * @param project the project's name or ID
   * @param space the project's space (name or ID), needed for a project name
   * @return the restriction
   * @throws NameNotFoundException when the project or its space is not found by name
   */
  public ResourceRestriction restrict(String project, String space) {
    context.beta("resourceRestrictions.restrict");
    String id = new Resolver(context, options).projectId(project, space);
    CreateResourceRestrictionRequest body = new CreateResourceRestrictionRequest().resourceId(id);
    return Convert.restriction(context.transport().call(Endpoint.CREATE_RESOURCE_RESTRICTION, options,
        () -> context.api().resourceRestrictions().createResourceRestriction(body)));
  }

  /**
   * Lifts the restriction of a project. Sends one {@code DELETE /v2/resource-restrictions/{resource_id}}.
   *
   * @param project the project's ID
   * @throws NotFoundException when the project is not restricted
   */
  public void unrestrict(String project) {
    unrestrict(project, null);
  }

  /**
   * Lifts the restriction of a project given by name within its space, or by ID. Sends one {@code
   * DELETE /v2/resource-restrictions/{resource_id}}, after the lookups of the names.
   *
   * @param project the project's name or ID
   * @param space the project's space (name or ID), needed for a project name
   * @throws NotFoundException when the project is not restricted
   * @throws NameNotFoundException when the project or its space is not found by name
   */
  public void unrestrict(String project, String space) {
    context.beta("resourceRestrictions.unrestrict");
    String id = new Resolver(context, options).projectId(project, space);
    context.transport().run(Endpoint.DELETE_RESOURCE_RESTRICTION, options,
        () -> context.api().resourceRestrictions().deleteResourceRestriction(id));
  }

  @Override
  public String toString() {
    return "ResourceRestrictionsClient{options=" + options + "}";
  }
}
