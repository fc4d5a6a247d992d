package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UsersCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listShowsEveryUserOldestFirst(Format format) {
    Result result = run("users", "list", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Shown.column(format, result.out(), "users", "email"))
        .containsExactly("admin@arize-fake.local", "jane@example.com", "bob@example.com");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listFiltersByEmailSubstringAndStatusInTheSeedsSpelling(Format format) {
    Result byEmail = run("users", "list", "--email", "jane", "-o", format.spelling());
    Result invited = run("users", "list", "--status", "invited", "-o", format.spelling());
    Result both = run("users", "list", "--status", "active,INVITED", "-o", format.spelling());

    assertThat(Shown.column(format, byEmail.out(), "users", "email")).containsExactly("jane@example.com");
    assertThat(Shown.column(format, invited.out(), "users", "email")).containsExactly("bob@example.com");
    assertThat(Shown.column(format, both.out(), "users", "email")).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void getTakesAnIdOrAnEmail(Format format) {
    Result byEmail = run("users", "get", "jane@example.com", "-o", format.spelling());
    Result byId = run("users", "get", id("jane"), "-o", format.spelling());

    assertThat(byEmail.exitCode()).as(byEmail.toString()).isZero();
    Map<String, String> fields = Shown.item(format, byEmail.out());
    assertThat(fields).containsEntry("id", id("jane")).containsEntry("name", "Jane Doe").containsEntry("status", "ACTIVE");
    assertThat(Shown.item(format, byId.out())).containsEntry("email", "jane@example.com");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void createInvitesWithTheSeedsLowercaseRoleAndMode(Format format) {
    Result result = run("users", "create", "--full-name", "Ann Lee", "--email", "ann@example.com", "--role", "member",
        "--invite-mode", "email_link", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, String> fields = Shown.item(format, result.out());
    assertThat(fields).containsEntry("email", "ann@example.com").containsEntry("status", "INVITED")
        .containsEntry("invite_mode", "EMAIL_LINK");
    assertThat(fields.getOrDefault("role.name", fields.get("role"))).isEqualTo("MEMBER");
  }

  @Test
  void createAcceptsTheWireSpellingToo() {
    Result result = run("users", "create", "--full-name", "Ann Lee", "--email", "ann@example.com", "--role", "ANNOTATOR",
        "--invite-mode", "NONE", "-o", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Shown.item(Format.JSON, result.out())).containsEntry("role.name", "ANNOTATOR")
        .containsEntry("status", "ACTIVE").containsEntry("is_developer", "false");
  }

  @Test
  void aTemporaryPasswordIsShownOnceWithAWarningToStoreIt() {
    Result result = run("users", "create", "--full-name", "Ann Lee", "--email", "ann@example.com",
        "--invite-mode", "temporary_password", "-o", "json");

    assertThat(Shown.item(Format.JSON, result.out()).get("temporary_password")).isNotBlank();
    assertThat(result.err()).contains("only time the temporary password is shown");
  }

  @Test
  void createRejectsARoleThatIsNotAnAccountRole() {
    Result result = run("users", "create", "--full-name", "Ann", "--email", "ann@example.com", "--role", "read-only");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("'read-only' is not an account role").contains("admin, member, annotator");
  }

  @Test
  void reinvitingAPendingEmailSaysNoEmailWasSent() {
    Result result = run("users", "create", "--full-name", "Bob Stone", "--email", "bob@example.com");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("already pending").contains("no email was sent");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void updateRenamesAndSetsTheDeveloperFlag(Format format) {
    Result renamed = run("users", "update", "jane@example.com", "--full-name", "Jane Smith", "-o", format.spelling());
    Result withdrawn = run("users", "update", id("jane"), "--no-is-developer", "-o", format.spelling());
    Result granted = run("users", "update", id("jane"), "--is-developer", "-o", format.spelling());

    assertThat(Shown.item(format, renamed.out())).containsEntry("name", "Jane Smith");
    assertThat(Shown.item(format, withdrawn.out())).containsEntry("is_developer", "false");
    assertThat(Shown.item(format, granted.out())).containsEntry("is_developer", "true");
  }

  @Test
  void updateWithNothingToChangeIsAUsageError() {
    Result result = run("users", "update", "jane@example.com");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: Nothing to update");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deleteWithForceRemovesTheUser(Format format) {
    Result result = run("users", "delete", "jane@example.com", "--force", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Deleted user jane@example.com");
    assertThat(run("users", "get", id("jane")).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void resendInvitationAndResetPasswordReportOnStandardError(Format format) {
    Result resent = run("users", "resend-invitation", "bob@example.com", "-o", format.spelling());
    Result reset = run("users", "reset-password", id("jane"), "-o", format.spelling());

    assertThat(resent.exitCode()).as(resent.toString()).isZero();
    assertThat(resent.out()).isEmpty();
    assertThat(resent.err()).contains("Sent a new invitation to bob@example.com");
    assertThat(reset.exitCode()).as(reset.toString()).isZero();
    assertThat(reset.err()).contains("Sent a password-reset link to " + id("jane"));
  }

  @Test
  void resetPasswordOfAnUnverifiedUserIsAnApiError() {
    Result result = run("users", "reset-password", "bob@example.com");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.API_ERROR);
    assertThat(result.err()).startsWith("error: HTTP 400 Bad Request");
  }
}
