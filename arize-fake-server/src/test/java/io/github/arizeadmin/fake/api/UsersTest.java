package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.CreateUserResponse;
import io.github.arizeadmin.api.generated.model.CustomUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.InviteMode;
import io.github.arizeadmin.api.generated.model.User;
import io.github.arizeadmin.api.generated.model.UserRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserStatus;
import io.github.arizeadmin.api.generated.model.UpdateUserRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class UsersTest extends FakeTest {

  private CreateUserRequest invite(String email, String role, InviteMode mode) {
    return new CreateUserRequest().name("New " + role).email(email).role(userRole(role)).inviteMode(mode);
  }

  @Test
  @Tag("R-INV-NONE")
  void inviteModeNoneCreatesAnActiveUserAndAnActiveEmailIsAConflict() throws Exception {
    Response<CreateUserResponse> created = admin.users().createUser(invite("none@example.com", "MEMBER",
        InviteMode.NONE)).execute();
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body().getStatus()).isEqualTo(UserStatus.ACTIVE);
    assertThat(created.body().getTemporaryPassword()).isNull();
    fails(409, admin.users().createUser(invite("NONE@example.com", "MEMBER", InviteMode.NONE)));
    fails(409, admin.users().createUser(invite("none@example.com", "MEMBER", InviteMode.EMAIL_LINK)));
  }

  @Test
  @Tag("R-INV-NONE")
  @Tag("R-RESET")
  void aUserCreatedWithInviteModeNoneIsAPasswordUserWhosePasswordCanBeReset() {
    // The official SDK's own scenario: create an active user with invite_mode NONE, then reset their password.
    CreateUserResponse created = ok(admin.users().createUser(invite("active@example.com", "MEMBER", InviteMode.NONE)));
    assertThat(status(admin.users().resetUserPassword(created.getId()))).isEqualTo(204);
    // NONE over a pending invitation activates a password user too
    CreateUserResponse pending = ok(admin.users().createUser(invite("pending@example.com", "MEMBER",
        InviteMode.EMAIL_LINK)));
    ok(admin.users().createUser(invite("pending@example.com", "MEMBER", InviteMode.NONE)));
    assertThat(status(admin.users().resetUserPassword(pending.getId()))).isEqualTo(204);
  }

  @Test
  @Tag("R-RESET")
  void inAnAccountThatEnforcesSamlNobodyHasAPasswordToReset() {
    SeedResult ids = seed("""
        {"accounts":[{"name":"default","saml_enforced":true,
          "users":[{"ref":"pw","name":"Pw","email":"pw@example.com"}]}]}
        """);
    fails(400, admin.users().resetUserPassword(ids.id("pw")));
    CreateUserResponse created = ok(admin.users().createUser(invite("new@example.com", "MEMBER", InviteMode.NONE)));
    fails(400, admin.users().resetUserPassword(created.getId()));
  }

  @Test
  @Tag("R-INV-IDEMP")
  @Tag("R-UNIQ-EMAIL")
  void invitationsAreIdempotentOnTheEmail() throws Exception {
    Response<CreateUserResponse> first = admin.users().createUser(invite("jane@example.com", "MEMBER",
        InviteMode.EMAIL_LINK)).execute();
    assertThat(first.code()).isEqualTo(201);
    assertThat(first.body().getStatus()).isEqualTo(UserStatus.INVITED);
    Response<CreateUserResponse> again = admin.users().createUser(invite("jane@example.com", "ADMIN",
        InviteMode.TEMPORARY_PASSWORD)).execute();
    assertThat(again.code()).isEqualTo(200);
    assertThat(again.body().getId()).isEqualTo(first.body().getId());
    assertThat(again.body().getTemporaryPassword()).isNull();
    // NONE over a pending invitation activates it
    Response<CreateUserResponse> activated = admin.users().createUser(invite("jane@example.com", "MEMBER",
        InviteMode.NONE)).execute();
    assertThat(activated.code()).isEqualTo(200);
    assertThat(activated.body().getStatus()).isEqualTo(UserStatus.ACTIVE);
    fails(409, admin.users().createUser(invite("jane@example.com", "MEMBER", InviteMode.EMAIL_LINK)));
    // display names are not unique
    ok(admin.users().createUser(new CreateUserRequest().name("New MEMBER").email("jane2@example.com")
        .role(userRole("MEMBER")).inviteMode(InviteMode.EMAIL_LINK)));
  }

  @Test
  @Tag("R-INV-IDEMP")
  void anExpiredInvitationGetsANewOne() throws Exception {
    seed("""
        {"accounts":[{"name":"default","users":[{"ref":"late","name":"Late","email":"late@example.com","status":"EXPIRED"}]}]}
        """);
    Response<CreateUserResponse> again = admin.users().createUser(invite("late@example.com", "MEMBER",
        InviteMode.EMAIL_LINK)).execute();
    assertThat(again.code()).isEqualTo(201);
    assertThat(again.body().getStatus()).isEqualTo(UserStatus.INVITED);
  }

  @Test
  @Tag("R-TEMP-PW")
  void theTemporaryPasswordIsReturnedOnceOnly() {
    CreateUserResponse created = ok(admin.users().createUser(invite("tmp@example.com", "MEMBER",
        InviteMode.TEMPORARY_PASSWORD)));
    assertThat(created.getTemporaryPassword()).isNotBlank();
    assertThat(created.getInviteMode()).isEqualTo(InviteMode.TEMPORARY_PASSWORD);
    assertThat(fake.exportState()).doesNotContain(created.getTemporaryPassword());
    User got = ok(admin.users().getUser(created.getId()));
    assertThat(got.getStatus()).isEqualTo(UserStatus.INVITED);
  }

  @Test
  @Tag("R-ANNOT-DEV")
  void isDeveloperDefaultsByRole() {
    assertThat(ok(admin.users().createUser(invite("a@example.com", "ANNOTATOR", InviteMode.NONE))).getIsDeveloper())
        .isFalse();
    assertThat(ok(admin.users().createUser(invite("m@example.com", "MEMBER", InviteMode.NONE))).getIsDeveloper())
        .isTrue();
    assertThat(ok(admin.users().createUser(invite("d@example.com", "ADMIN", InviteMode.NONE))).getIsDeveloper())
        .isTrue();
    assertThat(ok(admin.users().createUser(invite("x@example.com", "ANNOTATOR", InviteMode.NONE).isDeveloper(true)))
        .getIsDeveloper()).isTrue();
  }

  @Test
  @Tag("R-ACCT-CUSTOM")
  void customAccountRolesAreNotYetSupported() {
    SeedResult ids = seed(Team.SEED);
    fails(422, admin.users().createUser(new CreateUserRequest().name("C").email("c@example.com")
        .role(new CustomUserRoleAssignment().type(UserRoleAssignmentType.CUSTOM).id(ids.id("ds")))
        .inviteMode(InviteMode.NONE)));
  }

  @Test
  void anEmptyOrBlankEmailIsA400NamingTheEmail() {
    assertThat(fails(400, admin.users().createUser(invite("", "MEMBER", InviteMode.NONE))).getDetail())
        .isEqualTo("email: '' is not a valid email address.");
    assertThat(fails(400, admin.users().createUser(invite("   ", "MEMBER", InviteMode.EMAIL_LINK))).getDetail())
        .isEqualTo("email: '   ' is not a valid email address.");
  }

  @Test
  void badEmailsAndBlankNamesAre400() {
    fails(400, admin.users().createUser(invite("not-an-email", "MEMBER", InviteMode.NONE)));
    fails(400, admin.users().createUser(invite("ok@example.com", "MEMBER", InviteMode.NONE).name("   ")));
  }

  @Test
  @Tag("R-LIST-STATUS-DEFAULT")
  @Tag("R-FILTER-CI")
  void listIsOldestFirstWithActiveInvitedAndExpiredByDefault() {
    seed("""
        {"accounts":[{"name":"default","users":[
          {"name":"A","email":"a@corp.example","status":"ACTIVE"},
          {"name":"I","email":"i@corp.example","status":"INVITED"},
          {"name":"E","email":"e@corp.example","status":"EXPIRED"}]}]}
        """);
    assertThat(ok(admin.users().listUsers(null, null, "CORP.example", null)).getUsers()).extracting(User::getEmail)
        .containsExactly("a@corp.example", "i@corp.example", "e@corp.example");
    assertThat(ok(admin.users().listUsers(null, null, "corp", List.of(UserStatus.INVITED, UserStatus.EXPIRED)))
        .getUsers()).extracting(User::getEmail).containsExactly("i@corp.example", "e@corp.example");
    assertThat(ok(admin.users().listUsers(null, null, null, null)).getUsers().get(0).getEmail())
        .isEqualTo("admin@arize-fake.local");
  }

  @Test
  @Tag("R-UPDATE-NAME-TRIM")
  void updateTrimsTheNameAndRejectsBlankOrEmpty() {
    SeedResult ids = seed(Team.SEED);
    String plain = ids.id("plain");
    assertThat(ok(admin.users().updateUser(plain, new UpdateUserRequest().name("  Pat Q. Plain  "))).getName())
        .isEqualTo("Pat Q. Plain");
    fails(400, admin.users().updateUser(plain, new UpdateUserRequest().name("   ")));
    fails(400, admin.users().updateUser(plain, new UpdateUserRequest()));
    assertThat(ok(admin.users().updateUser(plain, new UpdateUserRequest().isDeveloper(true))).getIsDeveloper()).isTrue();
    assertThat(ok(admin.users().updateUser(plain, new UpdateUserRequest().isDeveloper(false))).getIsDeveloper()).isFalse();
    fails(403, api(Team.MEMBER).users().updateUser(plain, new UpdateUserRequest().isDeveloper(true)));
  }

  @Test
  @Tag("R-CASCADE-USER")
  @Tag("R-USER-TERMINAL")
  @Tag("R-USER-IDEMP-DEL")
  @Tag("R-USER-GONE")
  void deletingAUserCascadesIsTerminalIdempotentAndHidesTheUser() {
    SeedResult ids = seed(Team.SEED);
    String member = ids.id("member");
    var key = ok(api(Team.MEMBER).apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER)
        .name("mine")));
    assertThat(status(admin.users().deleteUser(member))).isEqualTo(204);
    fails(404, admin.users().getUser(member));
    assertThat(ok(admin.users().listUsers(100, null, "member@", null)).getUsers()).isEmpty();
    fails(401, api(Team.MEMBER).organizations().listOrganizations(null, null, null));
    fails(401, api(((io.github.arizeadmin.api.generated.model.UserApiKeyCreated) key).getKey()).organizations()
        .listOrganizations(null, null, null));
    fails(404, admin.spaces().removeSpaceUser(ids.id("alpha"), member));
    fails(404, admin.organizations().removeOrganizationUser(ids.id("acme"), member));
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, null))
        .getRoleBindings()).noneMatch(b -> b.getUserId().equals(member));
    assertThat(status(admin.users().deleteUser(member))).isEqualTo(204);
    fails(409, admin.users().createUser(invite("member@example.com", "MEMBER", InviteMode.EMAIL_LINK)));
    fails(409, admin.users().createUser(invite("member@example.com", "MEMBER", InviteMode.NONE)));
  }

  @Test
  @Tag("R-USER-SELF")
  void callersCannotDeleteThemselves() {
    String self = ok(admin.users().listUsers(null, null, "admin@arize-fake.local", null)).getUsers().get(0).getId();
    fails(400, admin.users().deleteUser(self));
  }

  @Test
  @Tag("R-RESEND")
  void resendWorksForPendingInvitationsOnly() {
    CreateUserResponse invited = ok(admin.users().createUser(invite("p@example.com", "MEMBER", InviteMode.EMAIL_LINK)));
    assertThat(status(admin.users().resendUserInvitation(invited.getId()))).isEqualTo(204);
    SeedResult ids = seed(Team.SEED);
    fails(400, admin.users().resendUserInvitation(ids.id("member")));
    seed("""
        {"accounts":[{"name":"default","saml_enforced":true,
          "users":[{"ref":"p","name":"P","email":"p@example.com","status":"INVITED"}]}]}
        """);
    String pending = ok(admin.users().listUsers(null, null, "p@example.com", null)).getUsers().get(0).getId();
    fails(400, admin.users().resendUserInvitation(pending));
  }

  @Test
  @Tag("R-RESET")
  void resetPasswordRefusesSsoAndUnverifiedUsers() {
    SeedResult ids = seed("""
        {"accounts":[{"name":"default","users":[
          {"ref":"pw","name":"Pw","email":"pw@example.com"},
          {"ref":"sso","name":"Sso","email":"sso@example.com","sso":true},
          {"ref":"new","name":"New","email":"new@example.com","status":"INVITED"}]}]}
        """);
    assertThat(status(admin.users().resetUserPassword(ids.id("pw")))).isEqualTo(204);
    fails(400, admin.users().resetUserPassword(ids.id("sso")));
    fails(400, admin.users().resetUserPassword(ids.id("new")));
  }
}
