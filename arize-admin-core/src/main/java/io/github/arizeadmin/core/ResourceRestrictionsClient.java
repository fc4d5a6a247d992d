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
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class ResourceRestrictionsClient {
  private final ClientContext context;
  private final RequestOptions options;

  ResourceRestrictionsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public ResourceRestrictionsClient withOptions(RequestOptions requestOptions) {
    return new ResourceRestrictionsClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  /**
   * Lists one page of the restrictions the caller may manage. A page may be short, even empty, while
   * more follow; {@link #listAll()} keeps paging.
   *
   * @param resourceType {@link ResourceType#PROJECT}, or {@code null} for every supported type
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   */
  public Page<ResourceRestriction> list(ResourceType resourceType, int limit, String cursor) {
    PreRelease.beta("resourceRestrictions.list");
    return context.restrictions(options, resourceType, limit, cursor);
  }

  /**
   * Iterates every restriction the caller may manage, lazily across pages (short pages included).
   *
   * @return the iterable
   */
  public PageIterable<ResourceRestriction> listAll() {
    return PageIterable.of((cursor, limit) -> list(null, limit, cursor));
  }

  /**
   * Restricts a project. Idempotent: restricting a restricted project returns its restriction.
   *
   * @param project the project's ID
   * @return the restriction
   */
  public ResourceRestriction restrict(String project) {
    return restrict(project, null);
  }

  /**
   * Restricts a project given by name within its space, or by ID.
   *
   * @param project the project's name or ID
   * @param space the project's space (name or ID), needed for a project name
   * @return the restriction
   */
  public ResourceRestriction restrict(String project, String space) {
    PreRelease.beta("resourceRestrictions.restrict");
    String id = new Resolver(context, options).projectId(project, space);
    CreateResourceRestrictionRequest body = new CreateResourceRestrictionRequest().resourceId(id);
    return Convert.restriction(context.transport().call(Endpoint.CREATE_RESOURCE_RESTRICTION, options,
        () -> context.api().resourceRestrictions().createResourceRestriction(body)));
  }

  /**
   * Lifts the restriction of a project (404 when it is not restricted).
   *
   * @param project the project's ID
   */
  public void unrestrict(String project) {
    unrestrict(project, null);
  }

  /**
   * Lifts the restriction of a project given by name within its space, or by ID.
   *
   * @param project the project's name or ID
   * @param space the project's space (name or ID), needed for a project name
   */
  public void unrestrict(String project, String space) {
    PreRelease.beta("resourceRestrictions.unrestrict");
    String id = new Resolver(context, options).projectId(project, space);
    context.transport().run(Endpoint.DELETE_RESOURCE_RESTRICTION, options,
        () -> context.api().resourceRestrictions().deleteResourceRestriction(id));
  }

  @Override
  public String toString() {
    return "ResourceRestrictionsClient{options=" + options + "}";
  }
}
