package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.UpdateProjectRequest;
import io.github.arizeadmin.core.model.GlobalIds;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The projects of the spaces (the Python SDK's {@code client.projects}). A project name is unique only
 * within its space, so a name needs its {@code space} (name or ID); a project ID needs nothing else.
 *
 * <p><b>Cost of a name</b>: an ID is sent as is; a project name costs its space's lookup (one {@code
 * GET /v2/spaces?name=..} for a space name, none for an ID), then one {@code GET
 * /v2/projects?space_id=..&name=..} per 100 projects of that space whose name contains it.
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass.
 */
public final class ProjectsClient {
  private final ClientContext context;
  private final RequestOptions options;

  ProjectsClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
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
   * Lists the first page of projects the caller can access ({@value PageIterable#DEFAULT_PAGE_SIZE}
   * per page). Sends one {@code GET /v2/projects}.
   *
   * @return the page
   */
  public Page<Project> list() {
    return list(ProjectFilter.defaults(), PageIterable.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * Lists one page of projects. Sends one {@code GET /v2/projects} (no lookup: see {@link
   * ProjectFilter#withSpace(String)}).
   *
   * @param filter the name and space filters ({@link ProjectFilter#defaults()} for none)
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range (before any request)
   */
  public Page<Project> list(ProjectFilter filter, int limit, String cursor) {
    Objects.requireNonNull(filter, "filter");
    ClientContext.checkLimit(limit);
    context.beta("projects.list");
    String space = filter.space();
    boolean byId = space != null && GlobalIds.isId(space);
    return context.projects(options, byId ? space : null, byId ? null : space, filter.name(), limit, cursor);
  }

  /**
   * Iterates every project the caller can access, lazily: one {@code GET /v2/projects} per page, from
   * the first item asked for.
   *
   * @return the iterable
   */
  public PageIterable<Project> listAll() {
    return listAll(ProjectFilter.defaults());
  }

  /**
   * Iterates every project matching the filters, lazily: one {@code GET /v2/projects} per page, from
   * the first item asked for.
   *
   * @param filter the name and space filters ({@link ProjectFilter#defaults()} for none)
   * @return the iterable
   */
  public PageIterable<Project> listAll(ProjectFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return PageIterable.of((cursor, limit) -> list(filter, limit, cursor));
  }

  /**
   * Creates a project in a space. Sends one {@code POST /v2/projects} (never retried: a repeat would
   * answer 409), after the space's lookup.
   *
   * @param name the name, unique in the space
   * @param space the space's name or ID (a name is resolved exactly)
   * @return the new project
   * @throws ConflictException when the space already has a project of that name
   * @throws NameNotFoundException when no space has that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Project create(String name, String space) {
    Resolver.requireText(name, "name");
    context.beta("projects.create");
    return createIn(resolver().spaceId(space, null), name);
  }

  private Project createIn(String spaceId, String name) {
    CreateProjectRequest body = new CreateProjectRequest().name(name).spaceId(spaceId);
    return Convert.project(context.transport().call(Endpoint.CREATE_PROJECT, options,
        () -> context.api().projects().createProject(body)));
  }

  /**
   * Returns the project with this exact name in a space, creating it when there is none: safe to run
   * again. Costs the space's lookup (none for an ID), the project name's lookup in it (usually one
   * {@code GET /v2/projects?space_id=..&name=..}), plus one {@code POST /v2/projects} when it creates.
   * When another client creates the same project in between (409), the lookup is made once more and
   * its result returned.
   *
   * @param name the exact project name (always a name, even when it looks like an ID)
   * @param space the space's name or ID
   * @return the existing or new project
   * @throws NameNotFoundException when no space has that name
   * @throws AmbiguousNameException when spaces of several organizations have that name
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public Project ensure(String name, String space) {
    Resolver.requireText(name, "name");
    context.beta("projects.get");
    Resolver resolver = resolver();
    String spaceId = resolver.spaceId(space, null);
    return Resolver.findOrCreate(() -> resolver.projectsNamed(name, spaceId).find(), () -> {
      context.beta("projects.create");
      return createIn(spaceId, name);
    });
  }

  /**
   * Gets a project by ID. Sends one {@code GET /v2/projects/{project_id}}.
   *
   * @param project the project's ID
   * @return the project
   * @throws NotFoundException when no project has that ID
   * @throws NameNotFoundException when the value is a name (a project name needs its space)
   */
  public Project get(String project) {
    return get(project, null);
  }

  /**
   * Gets a project. An ID sends one {@code GET /v2/projects/{project_id}}; a name is found by its
   * lookup in its space (no further request).
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name
   * @return the project
   * @throws NameNotFoundException when no project has that name in the space, or a name comes without a space
   * @throws AmbiguousNameException when spaces of several organizations have the space's name
   * @throws NotFoundException when no project has that ID
   */
  public Project get(String project, String space) {
    Resolver.requireText(project, "project");
    context.beta("projects.get");
    if (GlobalIds.isId(project)) {
      return byId(project);
    }
    if (space == null || space.isBlank()) {
      throw new NameNotFoundException("project", project, List.of(), Resolver.PROJECT_NEEDS_SPACE);
    }
    Resolver resolver = resolver();
    return resolver.projectsNamed(project, resolver.spaceId(space, null)).get(null);
  }

  /**
   * Finds a project, without an exception when there is none. Sends what {@link #get(String, String)}
   * sends.
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name; {@code null} for an ID
   * @return the project; empty when its space or the project is not found by name, or no project
   *     has that ID, or no space that space ID (404)
   * @throws AmbiguousNameException when spaces of several organizations have the space's name
   * @throws IllegalArgumentException when the project is blank, or a name comes without a space
   *     (before any request)
   */
  public Optional<Project> find(String project, String space) {
    Resolver.requireText(project, "project");
    if (GlobalIds.isId(project)) {
      context.beta("projects.get");
      return Resolver.unlessNotFound(() -> byId(project));
    }
    if (space == null || space.isBlank()) {
      throw new IllegalArgumentException(Resolver.PROJECT_NEEDS_SPACE);
    }
    context.beta("projects.get");
    Resolver resolver = resolver();
    Optional<String> spaceId = GlobalIds.isId(space) ? Optional.of(space) : resolver.spacesNamed(space, null).find()
        .map(Space::id);
    return spaceId.flatMap(id -> Resolver.unlessNotFound(() -> resolver.projectsNamed(project, id)))
        .flatMap(Resolver.Lookup::find);
  }

  private Project byId(String id) {
    return Convert.project(context.transport().call(Endpoint.GET_PROJECT, options,
        () -> context.api().projects().getProject(id)));
  }

  /**
   * Renames a project. Sends one {@code PATCH /v2/projects/{project_id}}, after the lookups of the names.
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name
   * @param name the new name, unique in the space
   * @return the updated project
   * @throws IllegalArgumentException when the new name is blank (before any request)
   * @throws NameNotFoundException when the project or its space is not found by name
   */
  public Project update(String project, String space, String name) {
    Resolver.requireText(name, "name");
    context.beta("projects.update");
    String id = resolver().projectId(project, space);
    UpdateProjectRequest body = new UpdateProjectRequest().name(name);
    return Convert.project(context.transport().call(Endpoint.UPDATE_PROJECT, options,
        () -> context.api().projects().updateProject(id, body)));
  }

  /**
   * Deletes a project by ID. Irreversible. Sends one {@code DELETE /v2/projects/{project_id}}.
   *
   * @param project the project's ID
   * @throws NotFoundException when no project has that ID
   */
  public void delete(String project) {
    delete(project, null);
  }

  /**
   * Deletes a project. Irreversible. Sends one {@code DELETE /v2/projects/{project_id}}, after the
   * lookups of the names.
   *
   * @param project the project's name or ID
   * @param space its space's name or ID, needed for a project name
   * @throws NotFoundException when no project has that ID
   * @throws NameNotFoundException when the project or its space is not found by name
   */
  public void delete(String project, String space) {
    context.beta("projects.delete");
    String id = resolver().projectId(project, space);
    context.transport().run(Endpoint.DELETE_PROJECT, options, () -> context.api().projects().deleteProject(id));
  }

  @Override
  public String toString() {
    return "ProjectsClient{options=" + options + "}";
  }
}
