package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpacesCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listByOrganizationNameOrIdAndNameFilter(Format format) {
    Result byName = run("spaces", "list", "--organization-id", "Platform Team", "-o", format.spelling());
    Result byId = run("spaces", "list", "--organization-id", id("platform"), "--name", "beta", "-o", format.spelling());

    assertThat(Shown.column(format, byName.out(), "spaces", "name")).containsExactly("team-alpha", "team-beta");
    assertThat(Shown.column(format, byId.out(), "spaces", "name")).containsExactly("team-beta");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void getCreateUpdate(Format format) {
    Result got = run("spaces", "get", "team-alpha", "-o", format.spelling());
    Result created = run("spaces", "create", "--name", "team-gamma", "--organization-id", id("platform"),
        "-o", format.spelling());
    Result updated = run("spaces", "update", "team-gamma", "--name", "team-gamma-v2", "--description", "renamed",
        "-o", format.spelling());

    assertThat(Shown.item(format, got.out())).containsEntry("id", id("team-alpha"));
    assertThat(Shown.item(format, created.out())).containsEntry("name", "team-gamma");
    assertThat(Shown.item(format, updated.out())).containsEntry("name", "team-gamma-v2")
        .containsEntry("description", "renamed");
  }

  @Test
  void createNeedsTheOrganization() {
    Result result = run("spaces", "create", "--name", "team-gamma");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("Missing required option: '--organization-id=ORGANIZATION'");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deleteWithForce(Format format) {
    Result result = run("spaces", "delete", "team-beta", "--force", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(run("spaces", "get", id("team-beta")).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void addUserWithAPredefinedOrACustomRoleByName(Format format) {
    Result predefined = run("spaces", "add-user", "team-beta", "--user-id", "jane@example.com", "--role", "read-only",
        "-o", format.spelling());
    Result custom = run("spaces", "add-user", "team-beta", "--user-id", "jane@example.com", "--role", "Data Scientist",
        "-o", format.spelling());

    assertThat(predefined.exitCode()).as(predefined.toString()).isZero();
    var first = Shown.item(format, predefined.out());
    assertThat(first.getOrDefault("role.name", first.get("role"))).isEqualTo("READ_ONLY");
    var second = Shown.item(format, custom.out());
    assertThat(second).containsEntry("space_id", id("team-beta"));
    assertThat(second.getOrDefault("role.name", second.get("role"))).isEqualTo("Data Scientist");
  }

  @Test
  void addUserWithACustomRoleById() {
    Result result = run("spaces", "add-user", "team-beta", "--user-id", "jane@example.com", "--role", id("ds"),
        "-o", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Shown.item(Format.JSON, result.out())).containsEntry("role.type", "CUSTOM")
        .containsEntry("role.id", id("ds"));
  }

  @Test
  void anUnknownCustomRoleIsNotFoundAndNothingIsAdded() {
    Result result = run("spaces", "add-user", "team-beta", "--user-id", "jane@example.com", "--role", "Astronaut");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.err()).startsWith("error: Role 'Astronaut' not found.").contains("Data Scientist");
    assertThat(fake.requests("addSpaceUser")).isEmpty();
  }

  @Test
  void aBlankRoleIsAUsageError() {
    Result result = run("spaces", "add-user", "team-beta", "--user-id", "jane@example.com", "--role", " ");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: Invalid value for option '--role': ' ' is not a space role (expected"
        + " admin, member, read-only, annotator, or a custom role's name or ID)");
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void addingSomeoneOutsideTheOrganizationIsTheServicesError() {
    Result result = run("spaces", "add-user", "team-beta", "--user-id", "bob@example.com", "--role", "member");

    assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR);
    assertThat(result.err()).startsWith("error: HTTP 400 Bad Request: ").contains("organization");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void removeUserWithForce(Format format) {
    Result result = run("spaces", "remove-user", "team-alpha", "--user-id", "jane@example.com", "--force",
        "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Removed jane@example.com from space \"team-alpha\"");
  }
}
