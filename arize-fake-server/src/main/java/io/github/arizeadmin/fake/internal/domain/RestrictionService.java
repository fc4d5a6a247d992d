package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records.Organization;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Restriction;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.ResourceRestriction;
import java.time.Clock;

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
   * @return the page
   */
  public Page<ResourceRestriction> list(Caller caller, Integer limit, String cursor) {
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> page.page(after -> s.restrictions().ofAccount(caller.account(), after),
        r -> manages(s, a, s.projects().row(r.num())), r -> view(s, r)));
  }

  /**
   * createResourceRestriction (restrict): projects only (400 otherwise); space admin or
   * PROJECT_RESTRICT on the space or project (403); idempotent (the existing restriction, 200).
   *
   * @param caller the caller
   * @param resourceId the project
   * @return the restriction
   */
  public ResourceRestriction restrict(Caller caller, String resourceId) {
    return write(caller, (s, a) -> {
      Project project = managed(s, a, resourceId);
      Restriction existing = s.restrictions().row(project.num());
      return view(s, existing != null ? existing : restrict(s, project, now()));
    });
  }

  /** Restricts a project: shared by the API and the seed loader. */
  static Restriction restrict(State s, Project project, java.time.Instant at) {
    return s.restrictions().put(new Restriction(project.num(), project.account(), project.space(), at));
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
      if (s.restrictions().remove(project.num()).isEmpty()) {
        throw ApiError.notFound("Project " + resourceId + " is not restricted.");
      }
      return null;
    });
  }

  static ResourceRestriction view(State s, Restriction r) {
    return new ResourceRestriction(Lookups.projectId(s, r.num()), r.createdAt());
  }

  private static Project managed(State s, Access a, String resourceId) {
    GlobalId id = GlobalId.parse(resourceId);
    if (id != null && !GlobalId.PROJECT_TYPES.contains(id.type())) {
      throw ApiError.badRequest("resource_id", "only projects can be restricted, not " + id.type() + " IDs.");
    }
    Project project = ProjectService.visible(s, a, resourceId, "resource_id");
    if (!manages(s, a, project)) {
      throw ApiError.forbidden("Space admin or PROJECT_RESTRICT on the space or project is required.");
    }
    return project;
  }

  private static boolean manages(State s, Access a, Project project) {
    Space space = s.spaces().row(project.space());
    Organization org = s.organizations().row(space.org());
    return a.orgAdmin(org) || a.spaceAdmin(space) || a.can(space, Permission.PROJECT_RESTRICT)
        || a.can(project, Permission.PROJECT_RESTRICT);
  }
}
