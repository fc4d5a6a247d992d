package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RolesCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listAllCustomOrPredefined(Format format) {
    Result all = run("roles", "list", "-o", format.spelling());
    Result custom = run("roles", "list", "--is-custom", "-o", format.spelling());
    Result predefined = run("roles", "list", "--is-predefined", "-o", format.spelling());

    assertThat(Shown.column(format, all.out(), "roles", "name")).contains("Admin", "Data Scientist");
    assertThat(Shown.column(format, custom.out(), "roles", "name")).containsExactly("Data Scientist");
    assertThat(Shown.column(format, predefined.out(), "roles", "name")).contains("Admin", "Member")
        .doesNotContain("Data Scientist");
  }

  @Test
  void customAndPredefinedTogetherIsAUsageError() {
    Result result = run("roles", "list", "--is-custom", "--is-predefined");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("mutually exclusive");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void getShowsThePermissions(Format format) {
    Result result = run("roles", "get", "Data Scientist", "-o", format.spelling());

    assertThat(Shown.item(format, result.out())).containsEntry("id", id("ds"))
        .containsEntry("permissions", "PROJECT_READ, DATASET_CREATE").containsEntry("is_predefined", "false");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void createThenUpdateReplacesThePermissions(Format format) {
    Result created = run("roles", "create", "--name", "Auditor", "--permissions", "PROJECT_READ,DATASET_READ",
        "--description", "Reads", "-o", format.spelling());
    Result updated = run("roles", "update", "Auditor", "--permissions", "EXPERIMENT_READ", "-o", format.spelling());

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(Shown.item(format, created.out())).containsEntry("permissions", "PROJECT_READ, DATASET_READ")
        .containsEntry("description", "Reads");
    assertThat(Shown.item(format, updated.out())).containsEntry("permissions", "EXPERIMENT_READ");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void updateChangesNamePermissionsAndDescriptionTogether(Format format) {
    Result updated = run("roles", "update", "Data Scientist", "--name", "ML Scientist", "--permissions",
        "PROJECT_READ,EXPERIMENT_CREATE", "--description", "Runs experiments", "-o", format.spelling());

    assertThat(updated.exitCode()).as(updated.toString()).isZero();
    assertThat(Shown.item(format, updated.out())).containsEntry("id", id("ds")).containsEntry("name", "ML Scientist")
        .containsEntry("permissions", "PROJECT_READ, EXPERIMENT_CREATE").containsEntry("description", "Runs experiments");
  }

  @Test
  void updateWithNothingToChangeIsAUsageErrorAndSendsNothing() {
    Result result = run("roles", "update", "Data Scientist");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).isEqualTo("error: Nothing to update: give a name, a description or permissions\n");
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void anUnknownPermissionIsAUsageError() {
    Result result = run("roles", "create", "--name", "Auditor", "--permissions", "PROJECT_READ,NOT_A_THING");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("'NOT_A_THING' is not a permission");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deleteWithForce(Format format) {
    Result result = run("roles", "delete", "Data Scientist", "--force", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(run("roles", "get", "Data Scientist").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }

  @Test
  void aPredefinedRoleCannotBeDeleted() {
    Result result = run("roles", "delete", "Admin", "--force");

    assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(result.err()).startsWith("error: HTTP 400");
  }
}
