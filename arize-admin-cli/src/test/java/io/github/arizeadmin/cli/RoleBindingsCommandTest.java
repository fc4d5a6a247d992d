package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleBindingsCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  private String bindOnProject() {
    Result created = run("role-bindings", "create", "--user-id", id("jane"), "--role-id", id("ds"),
        "--resource-type", "PROJECT", "--resource-id", id("fraud"), "-o", "json");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    return Shown.item(Format.JSON, created.out()).get("id");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void createOnASpaceByNamesAndEmail(Format format) {
    Result result = run("role-bindings", "create", "--user-id", "jane@example.com", "--role-id", "Data Scientist",
        "--resource-type", "space", "--resource-id", "team-alpha", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Shown.item(format, result.out())).containsEntry("user_id", id("jane")).containsEntry("role_id", id("ds"))
        .containsEntry("resource_type", "SPACE").containsEntry("resource_id", id("team-alpha"));
  }

  @Test
  void createOnAProjectByNameWithItsSpace() {
    Result result = run("role-bindings", "create", "--user-id", "jane@example.com", "--role-id", "Data Scientist",
        "--resource-type", "PROJECT", "--resource-id", "fraud-model", "--space", "team-alpha", "-o", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Shown.item(Format.JSON, result.out())).containsEntry("resource_id", id("fraud"));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listGetUpdate(Format format) {
    String binding = bindOnProject();

    Result listed = run("role-bindings", "list", "--resource-type", "PROJECT", "--user-id", "jane@example.com",
        "-o", format.spelling());
    Result got = run("role-bindings", "get", binding, "-o", format.spelling());
    Result updated = run("role-bindings", "update", binding, "--role-id", "Member", "-o", format.spelling());

    assertThat(Shown.column(format, listed.out(), "role_bindings", "id")).containsExactly(binding);
    assertThat(Shown.item(format, got.out())).containsEntry("role_id", id("ds"));
    assertThat(updated.exitCode()).as(updated.toString()).isZero();
    assertThat(Shown.item(format, updated.out()).get("role_id")).isNotEqualTo(id("ds"));
  }

  @Test
  void listNeedsTheResourceType() {
    Result result = run("role-bindings", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--resource-type");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deleteWithForce(Format format) {
    String binding = bindOnProject();

    Result result = run("role-bindings", "delete", binding, "--force", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Deleted role binding " + binding);
    assertThat(run("role-bindings", "get", binding).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }
}
