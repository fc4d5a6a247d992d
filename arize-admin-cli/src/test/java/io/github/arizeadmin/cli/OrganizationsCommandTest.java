package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganizationsCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listAndNameFilter(Format format) {
    Result all = run("organizations", "list", "-o", format.spelling());
    Result filtered = run("organizations", "list", "--name", "platform", "-o", format.spelling());

    assertThat(Shown.column(format, all.out(), "organizations", "name"))
        .containsExactly("Default Organization", "Platform Team");
    assertThat(Shown.column(format, filtered.out(), "organizations", "name")).containsExactly("Platform Team");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void getByNameOrId(Format format) {
    Result byName = run("organizations", "get", "Platform Team", "-o", format.spelling());
    Result byId = run("organizations", "get", id("platform"), "-o", format.spelling());

    assertThat(Shown.item(format, byName.out())).containsEntry("id", id("platform"))
        .containsEntry("description", "Core ML platform");
    assertThat(Shown.item(format, byId.out())).containsEntry("name", "Platform Team");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void createThenUpdateByName(Format format) {
    Result created = run("organizations", "create", "--name", "Research", "--description", "Labs", "-o", format.spelling());
    Result updated = run("organizations", "update", "Research", "--name", "ML Research", "--description", "Updated",
        "-o", format.spelling());

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(Shown.item(format, created.out())).containsEntry("name", "Research").containsEntry("description", "Labs");
    assertThat(Shown.item(format, updated.out())).containsEntry("name", "ML Research")
        .containsEntry("description", "Updated");
  }

  @Test
  void aDuplicateNameIsAnApiErrorOnOneLine() {
    Result result = run("organizations", "create", "--name", "Platform Team");

    assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(result.err()).startsWith("error: HTTP 409 Conflict: ").doesNotContain("\tat ");
    assertThat(result.err().strip().lines()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deleteWithForce(Format format) {
    Result result = run("organizations", "delete", "Platform Team", "--force", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Deleted organization \"Platform Team\"");
    assertThat(run("organizations", "get", "Platform Team").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void addUserTakesAnEmailAndTheSeedsRoleSpelling(Format format) {
    Result result = run("organizations", "add-user", "Platform Team", "--user-id", "bob@example.com", "--role",
        "read-only", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    var fields = Shown.item(format, result.out());
    assertThat(fields).containsEntry("user_id", id("bob")).containsEntry("organization_id", id("platform"));
    assertThat(fields.getOrDefault("role.name", fields.get("role"))).isEqualTo("READ_ONLY");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void removeUserWithForceAlsoLeavesTheSpaces(Format format) {
    Result result = run("organizations", "remove-user", "Platform Team", "--user-id", id("jane"), "--force",
        "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Removed jane@example.com from organization \"Platform Team\"");
    // She was a member of team-alpha; the cascade removed that too, so removing her again is a 404.
    assertThat(run("spaces", "remove-user", "team-alpha", "--user-id", id("jane"), "--force").exitCode())
        .isEqualTo(ExitCode.NOT_FOUND);
  }
}
