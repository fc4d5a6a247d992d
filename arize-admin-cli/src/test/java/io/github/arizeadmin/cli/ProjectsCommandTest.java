package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProjectsCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listBySpaceNameOrId(Format format) {
    run("projects", "create", "--name", "churn", "--space", "team-beta");

    Result byName = run("projects", "list", "-l", "100", "--space", "team-alpha", "-o", format.spelling());
    Result byId = run("projects", "list", "--space", id("team-beta"), "-o", format.spelling());

    assertThat(Shown.column(format, byName.out(), "projects", "name")).containsExactly("fraud-model");
    assertThat(Shown.column(format, byId.out(), "projects", "name")).containsExactly("churn");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void createGetUpdateDelete(Format format) {
    Result created = run("projects", "create", "--name", "churn", "--space", "team-alpha", "-o", format.spelling());
    Result got = run("projects", "get", "churn", "--space", "team-alpha", "-o", format.spelling());
    Result updated = run("projects", "update", "churn", "--space", "team-alpha", "--name", "churn-v2",
        "-o", format.spelling());
    String projectId = Shown.item(format, updated.out()).get("id");
    Result deleted = run("projects", "delete", projectId, "--force", "-o", format.spelling());

    assertThat(Shown.item(format, created.out())).containsEntry("name", "churn").containsEntry("space_id", id("team-alpha"));
    assertThat(Shown.item(format, got.out())).containsEntry("name", "churn");
    assertThat(Shown.item(format, updated.out())).containsEntry("name", "churn-v2");
    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(run("projects", "get", projectId).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }
}
