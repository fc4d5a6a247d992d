package io.github.arizeadmin.fake.internal.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.InviteMode;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A fresh fake's domain without HTTP, for unit tests of the rules: the admin's caller, and typed
 * helpers that build a team through the domain's own services.
 */
final class World {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  static final String ADMIN_KEY = "ak-admin000000000000000000000000000000000";
  final AdjustableClock clock = new AdjustableClock(Clock.fixed(T0, ZoneOffset.UTC));
  final Domain d = new Domain(Store.inMemory(), clock, new Ids(7L));
  final Caller admin;

  World() {
    d.reset(ADMIN_KEY);
    admin = d.authenticate("Bearer " + ADMIN_KEY);
  }

  /** The caller of a user (as one of their keys would authenticate). */
  Caller as(User user) {
    return new Caller(admin.account(), GlobalId.parse(user.id()).number(), 0, false);
  }

  User user(String email, UserRole role) {
    return d.users().create(admin, new UserService.Create(email, email, RoleInput.predefined(role), InviteMode.NONE,
        null)).user();
  }

  Organization org(String name) {
    return d.organizations().create(admin, new OrganizationService.Create(name, null));
  }

  Space space(Organization org, String name) {
    return d.spaces().create(admin, new SpaceService.Create(org.id(), name, null));
  }

  void join(Organization org, User user, OrganizationRole role) {
    d.organizations().addUser(admin, org.id(), new OrganizationService.AddUser(user.id(), RoleInput.predefined(role)));
  }

  void join(Space space, User user, UserSpaceRole role) {
    d.spaces().addUser(admin, space.id(), new SpaceService.AddUser(user.id(), RoleInput.predefined(role)));
  }

  Role role(String name, Permission... permissions) {
    return d.roles().create(admin, new RoleService.Create(name, null, List.of(permissions)));
  }

  ApiKeyService.CreatedKey userKey(Caller caller, String name) {
    return d.apiKeys().create(caller, new ApiKeyService.Create(name, null, ApiKeyType.USER, null, null, null));
  }

  static ApiError fails(int status, ThrowingCallable call) {
    ApiError[] caught = new ApiError[1];
    assertThatThrownBy(call).isInstanceOfSatisfying(ApiError.class, e -> {
      caught[0] = e;
      org.assertj.core.api.Assertions.assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
    });
    return caught[0];
  }
}
