package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Organization;
import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.Restriction;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.Map;

/** Resource restrictions of projects. */
public final class RestrictionService extends Service {
  RestrictionService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listResourceRestrictions: only the restrictions the caller may manage.
   *
   * @param caller the caller
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, Integer limit, String cursor) {
    return read(caller, (s, a) -> Page.of("resource_restrictions", s.restrictionsByAccount.find(caller.account()),
        r -> manages(s, a, s.projects.get(r.project()).orElseThrow()), r -> Wire.restriction(r, s), limit, cursor));
  }

  /**
   * createResourceRestriction (restrict): projects only (400 otherwise); space admin or
   * PROJECT_RESTRICT on the space or project (403); idempotent (the existing restriction, 200).
   *
   * @param caller the caller
   * @param body the request
   * @return the restriction
   */
  public Map<String, Object> restrict(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      Project project = managed(s, a, b.string("resource_id"));
      Restriction existing = s.restrictions.get(project.num()).orElse(null);
      Restriction restriction = existing != null ? existing
          : s.restrictions.put(new Restriction(project.num(), caller.account(), project.space(), now()));
      return Wire.restriction(restriction, s);
    });
  }

  /**
   * deleteResourceRestriction (unrestrict): same permission; 404 when the project is not restricted.
   *
   * @param caller the caller
   * @param resourceId the project
   */
  public void unrestrict(Caller caller, String resourceId) {
    write(caller, (s, a) -> {
      Project project = managed(s, a, resourceId);
      if (s.restrictions.remove(project.num()).isEmpty()) {
        throw ApiError.notFound("Project " + resourceId + " is not restricted.");
      }
      return null;
    });
  }

  private static Project managed(State s, Access a, String resourceId) {
    GlobalId id = GlobalId.parse(resourceId);
    if (id != null && !GlobalId.PROJECT_TYPES.contains(id.type())) {
      throw ApiError.badRequest("resource_id: only projects can be restricted, not " + id.type() + " IDs.");
    }
    Project project = ProjectService.visible(s, a, resourceId, "resource_id");
    if (!manages(s, a, project)) {
      throw ApiError.forbidden("Space admin or PROJECT_RESTRICT on the space or project is required.");
    }
    return project;
  }

  private static boolean manages(State s, Access a, Project project) {
    Space space = s.spaces.get(project.space()).orElseThrow();
    Organization org = s.organizations.get(space.org()).orElseThrow();
    return a.orgAdmin(org) || a.spaceAdmin(space) || a.can(space, Permission.PROJECT_RESTRICT)
        || a.can(project, Permission.PROJECT_RESTRICT);
  }
}
