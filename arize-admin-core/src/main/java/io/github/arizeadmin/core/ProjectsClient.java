package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.UpdateProjectRequest;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.Objects;

/**
 * The projects of the spaces (the Python SDK's {@code client.projects}). A project name is unique only
 * within its space, so a name needs its {@code space} (name or ID); a project ID needs nothing else.
 *
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class ProjectsClient {
  private final ClientContext context;
  private final RequestOptions options;

  ProjectsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public ProjectsClient withOptions(RequestOptions requestOptions) {
    return new ProjectsClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists one page of projects. As in the Python SDK, a space ID filters on that space, while a space
   * name is sent as the service's {@code space_name} filter (a case-insensitive substring).
   *
   * @param name a case-insensitive substring of the project name, or {@code null}
   * @param space a space ID, or a substring of space names, or {@code null}
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   */
  public Page<Project> list(String name, String space, int limit, String cursor) {
    PreRelease.beta("projects.list");
    boolean byId = space != null && Resolver.isResourceId(space);
    return context.projects(options, byId ? space : null, byId ? null : space, name, limit, cursor);
  }

  /**
   * Iterates every project matching the filters, lazily across pages.
   *
   * @param name a case-insensitive substring of the project name, or {@code null}
   * @param space a space ID, or a substring of space names, or {@code null}
   * @return the iterable
   */
  public PageIterable<Project> listAll(String name, String space) {
    return PageIterable.of((cursor, limit) -> list(name, space, limit, cursor));
  }

  /**
   * Creates a project in a space.
   *
   * @param name the name, unique in the space
   * @param space the space's name or ID (a name is resolved exactly)
   * @return the new project
   * @throws IllegalArgumentException when the name is blank
   */
  public Project create(String name, String space) {
    Resolver.requireText(name, "name");
    PreRelease.beta("projects.create");
    String spaceId = resolver().spaceId(space, null);
    CreateProjectRequest body = new CreateProjectRequest().name(name).spaceId(spaceId);
    return Convert.project(context.transport().call(Endpoint.CREATE_PROJECT, options,
        () -> context.api().projects().createProject(body)));
  }

  /**
   * Gets a project by ID.
   *
   * @param project the project's ID
   * @return the project
   */
  public Project get(String project) {
    return get(project, null);
  }

  /**
   * Gets a project.
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name
   * @return the project
   */
  public Project get(String project, String space) {
    PreRelease.beta("projects.get");
    String id = resolver().projectId(project, space);
    return Convert.project(context.transport().call(Endpoint.GET_PROJECT, options,
        () -> context.api().projects().getProject(id)));
  }

  /**
   * Renames a project.
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name
   * @param name the new name, unique in the space
   * @return the updated project
   * @throws IllegalArgumentException when the new name is blank (checked before any request)
   */
  public Project update(String project, String space, String name) {
    Resolver.requireText(name, "name");
    PreRelease.beta("projects.update");
    String id = resolver().projectId(project, space);
    UpdateProjectRequest body = new UpdateProjectRequest().name(name);
    return Convert.project(context.transport().call(Endpoint.UPDATE_PROJECT, options,
        () -> context.api().projects().updateProject(id, body)));
  }

  /**
   * Deletes a project by ID. Irreversible.
   *
   * @param project the project's ID
   */
  public void delete(String project) {
    delete(project, null);
  }

  /**
   * Deletes a project. Irreversible.
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name
   */
  public void delete(String project, String space) {
    PreRelease.beta("projects.delete");
    String id = resolver().projectId(project, space);
    context.transport().run(Endpoint.DELETE_PROJECT, options, () -> context.api().projects().deleteProject(id));
  }

  @Override
  public String toString() {
    return "ProjectsClient{options=" + options + "}";
  }
}
