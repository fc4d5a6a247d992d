package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** Projects inside spaces (reference §2.8). */
public final class ProjectService extends Service {
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
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, String spaceId, String spaceName, String name, Integer limit,
      String cursor) {
    return read(caller, (s, a) -> {
      NavigableMap<Long, Project> candidates = spaceId == null ? s.projectsByAccount.find(caller.account())
          : s.projectsBySpace.find(SpaceService.scope(s, a, spaceId).num());
      return Page.of("projects", candidates, p -> containsIgnoreCase(p.name(), name)
          && (spaceName == null || s.spaces.get(p.space()).map(sp -> containsIgnoreCase(sp.name(), spaceName)).orElse(false))
          && a.can(p, Permission.PROJECT_READ), p -> Wire.project(p, s), limit, cursor);
    });
  }

  /**
   * createProject: PROJECT_CREATE on the space (403); the name is unique in the space (409). The
   * contract declares no 404 here, so a missing or invisible space is a 400.
   *
   * @param caller the caller
   * @param body the request
   * @return the project
   */
  public Map<String, Object> create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Space space;
      try {
        space = SpaceService.visible(s, a, b.string("space_id"));
      } catch (ApiError missing) {
        throw missing.status() == 404 ? ApiError.badRequest("space_id: " + missing.getMessage()) : missing;
      }
      if (!a.can(space, Permission.PROJECT_CREATE)) {
        throw ApiError.forbidden("PROJECT_CREATE on the space is required.");
      }
      String name = name(b, "name", 255);
      if (s.projectsByName.first(List.of(space.num(), name)).isPresent()) {
        throw ApiError.conflict("A project named " + name + " already exists in this space.");
      }
      Project project = s.projects.put(new Project(s.projects.nextNumber(), ids.suffix(), caller.account(), space.num(),
          name, now()));
      return Wire.project(project, s);
    });
  }

  /**
   * getProject: PROJECT_READ (403 when the space is visible, else 404).
   *
   * @param caller the caller
   * @param projectId the project
   * @return the project
   */
  public Map<String, Object> get(Caller caller, String projectId) {
    return read(caller, (s, a) -> Wire.project(permitted(s, a, projectId, Permission.PROJECT_READ), s));
  }

  /**
   * updateProject: renames; PROJECT_UPDATE; the name stays unique in the space (the contract
   * declares no 409 here, so a clash is a 400).
   *
   * @param caller the caller
   * @param projectId the project
   * @param body the request
   * @return the project
   */
  public Map<String, Object> update(Caller caller, String projectId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Project project = permitted(s, a, projectId, Permission.PROJECT_UPDATE);
      String name = name(b, "name", 255);
      if (!name.equals(project.name()) && s.projectsByName.first(List.of(project.space(), name)).isPresent()) {
        throw ApiError.badRequest("name: a project named " + name + " already exists in this space.");
      }
      Project updated = s.projects.put(new Project(project.num(), project.suffix(), project.account(), project.space(),
          name, project.createdAt()));
      return Wire.project(updated, s);
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

  /** A project whose space the caller can see (404 otherwise). */
  static Project visible(State s, Access a, String projectId, String field) {
    Project project = Lookups.project(s, a.caller(), projectId, field);
    Space space = s.spaces.get(project.space()).orElseThrow();
    if (!a.seesSpace(space) && a.onProject(project).isEmpty()) {
      throw ApiError.notFound("Project " + projectId + " was not found.");
    }
    return project;
  }

  private static Project permitted(State s, Access a, String projectId, Permission permission) {
    Project project = visible(s, a, projectId, "project_id");
    if (!a.can(project, permission)) {
      throw ApiError.forbidden(permission + " on the project is required.");
    }
    return project;
  }
}
