package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Project;
import io.github.arizeadmin.fake.store.Records.RoleBinding;
import io.github.arizeadmin.fake.store.Records.Space;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Role bindings on spaces and projects. */
public final class RoleBindingService extends Service {
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
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, String resourceType, String userId, Integer limit, String cursor) {
    return read(caller, (s, a) -> {
      Long user = userId == null ? null : Lookups.user(s, caller, userId, "user_id").num();
      return Page.of("role_bindings", s.bindingsByAccount.find(caller.account()),
          b -> b.resourceType().equals(resourceType) && (user == null || b.user() == user), b -> Wire.binding(b, s),
          limit, cursor);
    });
  }

  /**
   * createRoleBinding: ROLE_BINDING_CREATE on the resource (403); the resource ID must encode the
   * resource type (400); one binding per user and resource (409).
   *
   * @param caller the caller
   * @param body the request
   * @return the binding
   */
  public Map<String, Object> create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      String type = b.string("resource_type");
      Target target = target(s, a, type, b.string("resource_id"));
      if (!target.can(a, Permission.ROLE_BINDING_CREATE)) {
        throw ApiError.forbidden("ROLE_BINDING_CREATE on the " + type.toLowerCase(java.util.Locale.ROOT) + " is required.");
      }
      Lookups.RoleRef role = Lookups.role(s, caller, b.string("role_id"), "role_id");
      User user = Lookups.user(s, caller, b.string("user_id"), "user_id");
      if (s.bindingsByUserResource.first(List.of(user.num(), type, target.number())).isPresent()) {
        throw ApiError.conflict("The user already has a role binding on this " + type.toLowerCase(java.util.Locale.ROOT)
            + "; update it instead.");
      }
      RoleBinding binding = s.roleBindings.put(new RoleBinding(s.roleBindings.nextNumber(), ids.suffix(),
          caller.account(), user.num(), role.number(), type, target.number(), target.space().num(), now(), now()));
      return Wire.binding(binding, s);
    });
  }

  /**
   * getRoleBinding: any user of the account.
   *
   * @param caller the caller
   * @param bindingId the binding
   * @return the binding
   */
  public Map<String, Object> get(Caller caller, String bindingId) {
    return read(caller, (s, a) -> Wire.binding(Lookups.binding(s, caller, bindingId, "binding_id"), s));
  }

  /**
   * updateRoleBinding: only the role changes; ROLE_BINDING_CREATE on the resource, else 404.
   *
   * @param caller the caller
   * @param bindingId the binding
   * @param body the request
   * @return the binding
   */
  public Map<String, Object> update(Caller caller, String bindingId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      RoleBinding binding = managed(s, a, bindingId, Permission.ROLE_BINDING_CREATE);
      Lookups.RoleRef role = Lookups.role(s, caller, b.string("role_id"), "role_id");
      RoleBinding updated = s.roleBindings.put(new RoleBinding(binding.num(), binding.suffix(), binding.account(),
          binding.user(), role.number(), binding.resourceType(), binding.resource(), binding.space(),
          binding.createdAt(), now()));
      return Wire.binding(updated, s);
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

  private static RoleBinding managed(State s, Access a, String bindingId, Permission permission) {
    RoleBinding binding = Lookups.binding(s, a.caller(), bindingId, "binding_id");
    Target target = "SPACE".equals(binding.resourceType())
        ? new Target(s.spaces.get(binding.resource()).orElseThrow(), null)
        : new Target(s.spaces.get(binding.space()).orElseThrow(), s.projects.get(binding.resource()).orElseThrow());
    if (!target.can(a, permission)) {
      throw ApiError.notFound("Role binding " + bindingId + " was not found.");
    }
    return binding;
  }

  private static Target target(State s, Access a, String type, String resourceId) {
    if ("SPACE".equals(type)) {
      return new Target(SpaceService.visible(s, a, resourceId, "resource_id"), null);
    }
    Project project = ProjectService.visible(s, a, resourceId, "resource_id");
    return new Target(s.spaces.get(project.space()).orElseThrow(), project);
  }

  private record Target(Space space, Project project) {
    long number() {
      return project != null ? project.num() : space.num();
    }

    boolean can(Access a, Permission permission) {
      return project != null ? a.can(project, permission) : a.can(space, permission);
    }
  }
}
