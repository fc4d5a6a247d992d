package io.github.arizeadmin.fake.internal.domain;

import static io.github.arizeadmin.fake.internal.domain.World.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.state.InviteMode;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of users, roles and role bindings, as plain unit tests of the domain. */
class UserAndRoleRulesTest {
  private final World w = new World();

  private UserService.Created invite(String email, InviteMode mode) {
    return w.d.users().create(w.admin, new UserService.Create("Jane", email, RoleInput.predefined(UserRole.MEMBER),
        mode, null));
  }

  @Test
  void creatingAUserIsIdempotentOnAPendingEmailAndNoneActivates() {
    UserService.Created invited = invite("jane@x.io", InviteMode.EMAIL_LINK);
    assertThat(invited.created()).isTrue();
    assertThat(invited.user().status()).isEqualTo(UserStatus.INVITED);
    UserService.Created again = invite("JANE@x.io", InviteMode.EMAIL_LINK);
    assertThat(again.created()).isFalse();
    assertThat(again.user().id()).isEqualTo(invited.user().id());
    UserService.Created activated = invite("jane@x.io", InviteMode.NONE);
    assertThat(activated.created()).isFalse();
    assertThat(activated.user().status()).isEqualTo(UserStatus.ACTIVE);
    assertThat(fails(409, () -> invite("jane@x.io", InviteMode.NONE)).field()).isEqualTo("email");
  }

  @Test
  void aTemporaryPasswordOnlyForThatInviteModeAndAnnotatorsAreNotDevelopers() {
    assertThat(invite("a@x.io", InviteMode.TEMPORARY_PASSWORD).temporaryPassword()).startsWith("Tmp-");
    assertThat(invite("b@x.io", InviteMode.EMAIL_LINK).temporaryPassword()).isNull();
    assertThat(w.user("ann@x.io", UserRole.ANNOTATOR).developer()).isFalse();
    assertThat(w.user("mem@x.io", UserRole.MEMBER).developer()).isTrue();
  }

  @Test
  void emailsAreValidatedAndCustomAccountRolesAreNotYetSupported() {
    fails(400, () -> invite("not-an-email", InviteMode.NONE));
    fails(400, () -> invite("", InviteMode.NONE));
    fails(422, () -> w.d.users().create(w.admin, new UserService.Create("X", "x@x.io",
        RoleInput.custom(w.role("R", Permission.SPACE_READ).id()), InviteMode.NONE, null)));
  }

  @Test
  void aDeletedUserIsGoneForeverButDeletingAgainIsFine() {
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.d.users().delete(w.admin, jane.id());
    fails(404, () -> w.d.users().get(w.admin, jane.id()));
    w.d.users().delete(w.admin, jane.id());
    assertThat(fails(409, () -> invite("jane@x.io", InviteMode.NONE)).reason()).contains("deleted");
    assertThat(w.d.users().list(w.admin, "jane", List.of(), null, null).items()).isEmpty();
  }

  @Test
  void deletingAUserRemovesMembershipsBindingsAndOwnKeysButNotServiceKeysTheyMade() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.ADMIN);
    w.join(acme, jane, OrganizationRole.ADMIN);
    w.join(alpha, jane, UserSpaceRole.ADMIN);
    var own = w.userKey(w.as(jane), "mine");
    w.d.users().delete(w.admin, jane.id());
    fails(401, () -> w.d.authenticate("Bearer " + own.rawKey()));
    assertThat(w.d.state().users()).extracting(User::email).doesNotContain("jane@x.io");
  }

  @Test
  void youCannotDeleteYourself() {
    User admin = w.d.state().users().get(0);
    assertThat(fails(400, () -> w.d.users().delete(w.admin, admin.id())).field()).isEqualTo("user_id");
  }

  @Test
  void listsShowActiveInvitedAndExpiredUsersUnlessAStatusIsAsked() {
    invite("pending@x.io", InviteMode.EMAIL_LINK);
    w.user("active@x.io", UserRole.MEMBER);
    assertThat(w.d.users().list(w.admin, null, null, null, null).items()).hasSize(3);
    assertThat(w.d.users().list(w.admin, null, List.of(UserStatus.INVITED), null, null).items())
        .extracting(User::email).containsExactly("pending@x.io");
    assertThat(w.d.users().list(w.admin, "ACTIVE@", null, null, null).items()).hasSize(1);
  }

  @Test
  void namesAreTrimmedOnUpdate() {
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    assertThat(w.d.users().update(w.admin, jane.id(), new UserService.Update("  Jane Doe ", null)).name())
        .isEqualTo("Jane Doe");
    fails(400, () -> w.d.users().update(w.admin, jane.id(), new UserService.Update("   ", null)));
    fails(400, () -> w.d.users().update(w.admin, jane.id(), new UserService.Update(null, null)));
  }

  @Test
  void invitationsAreResentToPendingUsersAndPasswordsResetForActivePasswordUsers() {
    User pending = invite("p@x.io", InviteMode.EMAIL_LINK).user();
    User active = w.user("a@x.io", UserRole.MEMBER);
    w.d.users().resendInvitation(w.admin, pending.id());
    fails(400, () -> w.d.users().resendInvitation(w.admin, active.id()));
    w.d.users().resetPassword(w.admin, active.id());
    fails(400, () -> w.d.users().resetPassword(w.admin, pending.id()));
  }

  @Test
  void roleNamesAreUniqueIncludingThePredefinedOnesAndNeedAPermission() {
    w.role("DS", Permission.PROJECT_READ);
    fails(409, () -> w.role("DS", Permission.SPACE_READ));
    fails(409, () -> w.role("Admin", Permission.SPACE_READ));
    fails(400, () -> w.role("Empty"));
  }

  @Test
  void predefinedRolesCannotChangeAndPermissionsAreReplacedWhole() {
    Role admin = w.d.roles().list(w.admin, true, null, null).items().get(0);
    fails(400, () -> w.d.roles().update(w.admin, admin.id(), new RoleService.Update("X", null, null)));
    fails(400, () -> w.d.roles().delete(w.admin, admin.id()));
    Role ds = w.role("DS", Permission.PROJECT_READ, Permission.DATASET_READ);
    Role updated = w.d.roles().update(w.admin, ds.id(), new RoleService.Update(null, null,
        List.of(Permission.SPACE_READ)));
    assertThat(updated.permissions()).containsExactly(Permission.SPACE_READ);
    assertThat(updated.id()).isEqualTo(ds.id());
    fails(400, () -> w.d.roles().update(w.admin, ds.id(), new RoleService.Update(null, null, List.of())));
  }

  @Test
  void deletingACustomRoleTakesItsBindingsAndCustomMembershipsAndFreesTheName() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    Role ds = w.role("DS", Permission.PROJECT_READ);
    w.d.spaces().addUser(w.admin, alpha.id(), new SpaceService.AddUser(jane.id(), RoleInput.custom(ds.id())));
    w.d.roles().delete(w.admin, ds.id());
    assertThat(w.d.state().user(jane.id()).orElseThrow().spaceMemberships()).isEmpty();
    assertThat(w.role("DS", Permission.SPACE_READ).id()).isNotEqualTo(ds.id());
  }

  @Test
  void bindingsAreOnePerUserAndResourceVisibleToEveryoneAndOnlyTheRoleChanges() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    User outsider = w.user("o@x.io", UserRole.MEMBER);
    Role ds = w.role("DS", Permission.PROJECT_READ);
    RoleBinding binding = w.d.roleBindings().create(w.admin, new RoleBindingService.Create(ds.id(), jane.id(),
        RoleBindingResourceType.SPACE, alpha.id()));
    fails(409, () -> w.d.roleBindings().create(w.admin, new RoleBindingService.Create(ds.id(), jane.id(),
        RoleBindingResourceType.SPACE, alpha.id())));
    assertThat(w.d.roleBindings().get(w.as(outsider), binding.id())).isEqualTo(binding);
    assertThat(w.d.roleBindings().list(w.as(outsider), RoleBindingResourceType.SPACE, null, null, null).items())
        .containsExactly(binding);
    w.clock.advance(java.time.Duration.ofMinutes(1));
    Role other = w.role("Other", Permission.SPACE_READ);
    RoleBinding updated = w.d.roleBindings().update(w.admin, binding.id(), other.id());
    assertThat(updated.roleId()).isEqualTo(other.id());
    assertThat(updated.resourceId()).isEqualTo(alpha.id());
    assertThat(updated.updatedAt()).isAfter(binding.updatedAt());
    fails(404, () -> w.d.roleBindings().update(w.as(outsider), binding.id(), ds.id()));
  }

  @Test
  void aBindingsResourceIdMustNameItsType() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    Role ds = w.role("DS", Permission.PROJECT_READ);
    fails(400, () -> w.d.roleBindings().create(w.admin, new RoleBindingService.Create(ds.id(), jane.id(),
        RoleBindingResourceType.PROJECT, alpha.id())));
  }

  @Test
  void roleIdsAreStable() {
    Role ds = w.role("DS", Permission.PROJECT_READ);
    assertThat(w.d.roles().get(w.admin, ds.id())).isEqualTo(ds);
    Role admin = w.d.roles().list(w.admin, true, null, null).items().get(0);
    World another = new World();
    assertThat(another.d.roles().list(another.admin, true, null, null).items().get(0).id()).isEqualTo(admin.id());
  }
}
