package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.internal.store.RoleBindings.Resource;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import java.time.Clock;
import java.util.Locale;

/** Role bindings on spaces and projects. */
public final class RoleBindingService extends Service {
  /**
   * createRoleBinding's body.
   *
   * @param roleId the role
   * @param userId the user
   * @param resourceType SPACE or PROJECT
   * @param resourceId the space or project
   */
  public record Create(String roleId, String userId, RoleBindingResourceType resourceType, String resourceId) {
  }

  RoleBindingService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listRoleBindings: every user of the account sees every binding of the account.
   *
   * @param caller the caller
   * @param resourceType SPACE or PROJECT
   * @param userId user filter, or null (404 when unknown)
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the page
   */
  public Page<RoleBinding> list(Caller caller, RoleBindingResourceType resourceType, String userId, Integer limit,
      String cursor) {
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> {
      Long user = userId == null ? null : Lookups.user(s, caller.account(), userId, "user_id").num();
      return page.page(after -> user != null ? s.roleBindings().ofUser(user, after)
              : s.roleBindings().ofAccount(caller.account(), after),
          b -> b.account() == caller.account() && b.resourceType() == resourceType, b -> view(s, b));
    });
  }

  /**
   * createRoleBinding: ROLE_BINDING_CREATE on the resource (403); the resource ID must encode the
   * resource type (400); one binding per user and resource (409).
   *
   * @param caller the caller
   * @param command the request
   * @return the binding
   */
  public RoleBinding create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      RoleBindingResourceType type = command.resourceType();
      Target target = target(s, a, type, command.resourceId());
      if (!target.can(a, Permission.ROLE_BINDING_CREATE)) {
        throw ApiError.forbidden("ROLE_BINDING_CREATE on the " + type.name().toLowerCase(Locale.ROOT) + " is required.");
      }
      Lookups.RoleRef role = Lookups.role(s, caller.account(), command.roleId(), "role_id");
      User user = Lookups.user(s, caller.account(), command.userId(), "user_id");
      return view(s, insert(s, user, role.number(), target.space(), target.project(),
          Origin.fresh(s.roleBindings(), ids, now())));
    });
  }

  /** One binding per user and resource, then the insert: shared by the API and the seed loader. */
  static Records.RoleBinding insert(State s, User user, long role, Space space, Project project, Origin origin) {
    Resource resource = project != null ? new Resource(RoleBindingResourceType.PROJECT, project.num())
        : new Resource(RoleBindingResourceType.SPACE, space.num());
    if (s.roleBindings().find(user, resource).isPresent()) {
      throw ApiError.conflict("user_id", "the user already has a role binding on this "
          + resource.type().name().toLowerCase(Locale.ROOT) + "; update it instead.");
    }
    return s.roleBindings().put(new Records.RoleBinding(origin.number(), origin.tag(), user.account(), user.num(), role,
        resource.type(), resource.num(), space.num(), origin.at(), origin.updatedAt()));
  }

  /**
   * getRoleBinding: any user of the account.
   *
   * @param caller the caller
   * @param bindingId the binding
   * @return the binding
   */
  public RoleBinding get(Caller caller, String bindingId) {
    return read(caller, (s, a) -> view(s, Lookups.binding(s, caller.account(), bindingId, "binding_id")));
  }

  /**
   * updateRoleBinding: only the role changes; ROLE_BINDING_CREATE on the resource, else 404.
   *
   * @param caller the caller
   * @param bindingId the binding
   * @param roleId the new role
   * @return the binding
   */
  public RoleBinding update(Caller caller, String bindingId, String roleId) {
    return write(caller, (s, a) -> {
      Records.RoleBinding binding = managed(s, a, bindingId, Permission.ROLE_BINDING_CREATE);
      Lookups.RoleRef role = Lookups.role(s, caller.account(), roleId, "role_id");
      return view(s, s.roleBindings().put(binding.withRole(role.number(), now())));
    });
  }

  /**
   * deleteRoleBinding: ROLE_BINDING_DELETE on the resource, else 404; a CUSTOM space membership
   * held by the binding goes with it.
   *
   * @param caller the caller
   * @param bindingId the binding
   */
  public void delete(Caller caller, String bindingId) {
    write(caller, (s, a) -> {
      Cascades.removeBinding(s, managed(s, a, bindingId, Permission.ROLE_BINDING_DELETE));
      return null;
    });
  }

  static RoleBinding view(State s, Records.RoleBinding b) {
    return new RoleBinding(GlobalId.of(GlobalId.ROLE_BINDING, b.num(), b.tag()), Lookups.roleId(s, b.role()),
        Lookups.userId(s, b.user()), b.resourceType(),
        b.onSpace() ? Lookups.spaceId(s, b.resource()) : Lookups.projectId(s, b.resource()), b.createdAt(),
        b.updatedAt());
  }

  private static Records.RoleBinding managed(State s, Access a, String bindingId, Permission permission) {
    Records.RoleBinding binding = Lookups.binding(s, a.caller().account(), bindingId, "binding_id");
    Target target = new Target(s.spaces().row(binding.space()),
        binding.onSpace() ? null : s.projects().row(binding.resource()));
    if (!target.can(a, permission)) {
      throw ApiError.notFound("Role binding " + bindingId + " was not found.");
    }
    return binding;
  }

  private static Target target(State s, Access a, RoleBindingResourceType type, String resourceId) {
    if (type == RoleBindingResourceType.SPACE) {
      return new Target(SpaceService.visible(s, a, resourceId, "resource_id"), null);
    }
    Project project = ProjectService.visible(s, a, resourceId, "resource_id");
    return new Target(s.spaces().row(project.space()), project);
  }

  private record Target(Space space, Project project) {
    boolean can(Access a, Permission permission) {
      return project != null ? a.can(project, permission) : a.can(space, permission);
    }
  }
}
