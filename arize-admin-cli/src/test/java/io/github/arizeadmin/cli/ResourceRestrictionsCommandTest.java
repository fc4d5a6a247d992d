package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResourceRestrictionsCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void restrictIsIdempotentAndListed(Format format) {
    Result first = run("resource-restrictions", "restrict", "--resource-id", id("fraud"), "-o", format.spelling());
    Result again = run("resource-restrictions", "restrict", "--resource-id", "fraud-model", "--space", "team-alpha",
        "-o", format.spelling());
    Result listed = run("resource-restrictions", "list", "-o", format.spelling());

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(Shown.item(format, first.out())).containsEntry("resource_id", id("fraud"))
        .containsEntry("resource_type", "PROJECT");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(Shown.column(format, listed.out(), "resource_restrictions", "resource_id")).containsExactly(id("fraud"));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void unrestrictWithForce(Format format) {
    run("resource-restrictions", "restrict", "--resource-id", id("fraud"));

    Result result = run("resource-restrictions", "unrestrict", "--resource-id", id("fraud"), "--force",
        "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Lifted the restriction on project \"fraud-model\"");
    assertThat(Shown.list(format, run("resource-restrictions", "list", "-o", format.spelling()).out(),
        "resource_restrictions")).isEmpty();
  }

  @Test
  void unrestrictingAnUnrestrictedProjectIsNotFound() {
    Result result = run("resource-restrictions", "unrestrict", "--resource-id", id("fraud"), "--force");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.err()).startsWith("error: HTTP 404 Not Found");
  }

  @Test
  void aProjectNameWithoutItsSpaceIsNotFoundWithAHint() {
    Result result = run("resource-restrictions", "restrict", "--resource-id", "fraud-model");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.err()).contains("pass the space");
  }
}
