package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Project;
import java.time.Clock;

/** Projects inside spaces. */
public final class ProjectService extends Service {
  /**
   * createProject's body.
   *
   * @param spaceId the space (the seed loader passes null: the project is nested)
   * @param name the name
   */
  public record Create(String spaceId, String name) {
  }

  ProjectService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listProjects: the projects the caller may read (PROJECT_READ per project, restrictions
   * applied); {@code space_id} narrows to one space (404 when it does not exist or is invisible),
   * {@code space_name} and {@code name} are case-insensitive substring filters. A space the caller
   * holds nothing on is a 404 too, even when its organization is visible.
   *
   * @param caller the caller
   * @param spaceId space filter, or null
   * @param spaceName space name filter, or null
   * @param name project name filter, or null
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the page
   */
  public Page<Project> list(Caller caller, String spaceId, String spaceName, String name, Integer limit,
      String cursor) {
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> {
      Space space = spaceId == null ? null : SpaceService.scope(s, a, spaceId);
      var byName = name == null ? null : s.projects().nameMayContain(name, page.after());
      return page.page(after -> byName != null ? byName
              : space != null ? s.projects().ofSpace(space, after) : s.projects().ofAccount(caller.account(), after),
          p -> p.account() == caller.account() && (space == null || p.space() == space.num())
              && containsIgnoreCase(p.name(), name)
              && (spaceName == null || containsIgnoreCase(s.spaces().row(p.space()).name(), spaceName))
              && a.can(p, Permission.PROJECT_READ),
          p -> view(s, p));
    });
  }

  /**
   * createProject: PROJECT_CREATE on the space (403); the name is unique in the space (409). The
   * contract declares no 404 here, so a missing or invisible space is a 400.
   *
   * @param caller the caller
   * @param command the request
   * @return the project
   */
  public Project create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      Space space;
      try {
        space = SpaceService.visible(s, a, command.spaceId());
      } catch (ApiError missing) {
        throw missing.status() == 404 ? ApiError.badRequest("space_id", missing.getMessage()) : missing;
      }
      if (!a.can(space, Permission.PROJECT_CREATE)) {
        throw ApiError.forbidden("PROJECT_CREATE on the space is required.");
      }
      return view(s, insert(s, space, command, Origin.fresh(s.projects(), ids, now())));
    });
  }

  /** The name rules, then the insert: shared by the API and the seed loader. */
  static Records.Project insert(State s, Space space, Create command, Origin origin) {
    String name = name(command.name(), "name", 255);
    if (s.projects().byName(space, name).isPresent()) {
      throw ApiError.conflict("name", "a project named " + name + " already exists in this space.");
    }
    return s.projects().put(new Records.Project(origin.number(), origin.tag(), space.account(), space.num(), name,
        origin.at()));
  }

  /**
   * getProject: PROJECT_READ (403 when the space is visible, else 404).
   *
   * @param caller the caller
   * @param projectId the project
   * @return the project
   */
  public Project get(Caller caller, String projectId) {
    return read(caller, (s, a) -> view(s, permitted(s, a, projectId, Permission.PROJECT_READ)));
  }

  /**
   * updateProject: renames; PROJECT_UPDATE; the name stays unique in the space (the contract
   * declares no 409 here, so a clash is a 400).
   *
   * @param caller the caller
   * @param projectId the project
   * @param newName the new name
   * @return the project
   */
  public Project update(Caller caller, String projectId, String newName) {
    return write(caller, (s, a) -> {
      Records.Project project = permitted(s, a, projectId, Permission.PROJECT_UPDATE);
      String name = name(newName, "name", 255);
      if (!name.equals(project.name()) && s.projects().byName(s.spaces().row(project.space()), name).isPresent()) {
        throw ApiError.badRequest("name", "a project named " + name + " already exists in this space.");
      }
      return view(s, s.projects().put(new Records.Project(project.num(), project.tag(), project.account(),
          project.space(), name, project.createdAt())));
    });
  }

  /**
   * deleteProject: PROJECT_DELETE; its bindings and restriction go with it.
   *
   * @param caller the caller
   * @param projectId the project
   */
  public void delete(Caller caller, String projectId) {
    write(caller, (s, a) -> {
      Cascades.deleteProject(s, permitted(s, a, projectId, Permission.PROJECT_DELETE));
      return null;
    });
  }

  /** A project's own fields, as the seed document holds them (the exporter's side of {@link #insert}). */
  static Create fields(Records.Project p) {
    return new Create(null, p.name());
  }

  static Project view(State s, Records.Project p) {
    return new Project(Lookups.projectId(p), Lookups.spaceId(s, p.space()), p.name(), p.createdAt());
  }

  /** A project whose space the caller can see (404 otherwise). */
  static Records.Project visible(State s, Access a, String projectId, String field) {
    Records.Project project = Lookups.project(s, a.caller().account(), projectId, field);
    Space space = s.spaces().row(project.space());
    if (!a.seesSpace(space) && a.onProject(project).isEmpty()) {
      throw ApiError.notFound("Project " + projectId + " was not found.");
    }
    return project;
  }

  private static Records.Project permitted(State s, Access a, String projectId, Permission permission) {
    Records.Project project = visible(s, a, projectId, "project_id");
    if (!a.can(project, permission)) {
      throw ApiError.forbidden(permission + " on the project is required.");
    }
    return project;
  }
}
