package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApiKeysCommandTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  private Map<String, String> createUserKey(String name) {
    Result created = run("api-keys", "create", "--name", name, "--key-type", "user", "-o", "json");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    return Shown.item(Format.JSON, created.out());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aUserKeyIsShownOnceWithAWarning(Format format) {
    Result result = run("api-keys", "create", "--name", "CI pipeline", "--key-type", "user", "--expires-at",
        "2030-01-01T00:00:00", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, String> key = Shown.item(format, result.out());
    assertThat(key.get("key")).startsWith("ak-");
    assertThat(key).containsEntry("key_type", "USER").containsEntry("expires_at", "2030-01-01T00:00:00Z");
    assertThat(result.err()).contains("only time the key is shown").contains("cannot be retrieved again");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aServiceKeyIsScopedToTheSpaceItsOrganizationIsFoundFor(Format format) {
    Result result = run("api-keys", "create", "--name", "team-alpha-traces", "--key-type", "service", "--space",
        "team-alpha", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, String> key = Shown.item(format, result.out());
    assertThat(key).containsEntry("key_type", "SERVICE");
    assertThat(key.getOrDefault("bot_user.id", key.get("bot_user_id"))).isNotBlank();
    if (format == Format.JSON) {
      assertThat(key).containsEntry("bot_user.organizations", "{org_id=" + id("platform") + ", role={type=PREDEFINED,"
          + " name=READ_ONLY}, spaces=[{space_id=" + id("team-alpha") + ", role={type=PREDEFINED, name=MEMBER}}]}");
    }
    assertThat(result.err()).contains("only time the key is shown");
  }

  private Map<String, String> serviceKeyScope(String... spaceAndOrganization) {
    List<String> args = new ArrayList<>(List.of("api-keys", "create", "--name", "bot", "--key-type", "service",
        "-o", "json"));
    args.addAll(List.of(spaceAndOrganization));
    Result result = run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return Shown.item(Format.JSON, result.out());
  }

  private String scope(String organization, String space) {
    return "{org_id=" + organization + ", role={type=PREDEFINED, name=READ_ONLY}, spaces=[{space_id=" + space
        + ", role={type=PREDEFINED, name=MEMBER}}]}";
  }

  @Test
  void aServiceKeysSpaceMayBeAnIdAndItsOrganizationIsFound() {
    assertThat(serviceKeyScope("--space", id("team-beta")))
        .containsEntry("bot_user.organizations", scope(id("platform"), id("team-beta")));
  }

  @Test
  void aSpaceNameInTwoOrganizationsIsAmbiguousUnlessTheOrganizationIsGiven() {
    String research = Shown.item(Format.JSON, run("organizations", "create", "--name", "Research", "-o", "json").out())
        .get("id");
    String otherAlpha = Shown.item(Format.JSON, run("spaces", "create", "--name", "team-alpha", "--organization-id",
        research, "-o", "json").out()).get("id");

    Result ambiguous = run("api-keys", "create", "--name", "bot", "--key-type", "service", "--space", "team-alpha");

    assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(ambiguous.err()).startsWith("error: Space name 'team-alpha' is ambiguous").contains(otherAlpha);
    assertThat(fake.requests("createApiKey")).isEmpty();
    assertThat(serviceKeyScope("--space", "team-alpha", "--organization", "Research"))
        .containsEntry("bot_user.organizations", scope(research, otherAlpha));
  }

  @Test
  void aServiceKeyForAnUnknownSpaceIsNotFoundAndNothingIsCreated() {
    Result result = run("api-keys", "create", "--name", "bot", "--key-type", "service", "--space", "team-omega");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(result.err()).startsWith("error: Space 'team-omega' not found.");
    assertThat(fake.requests("createApiKey")).isEmpty();
  }

  @Test
  void aServiceKeyNeedsItsSpace() {
    Result result = run("api-keys", "create", "--name", "bot", "--key-type", "SERVICE");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("needs --space");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listFiltersByTypeAndStatus(Format format) {
    String keyId = createUserKey("CI pipeline").get("id");

    Result active = run("api-keys", "list", "--key-type", "user", "--status", "active", "-o", format.spelling());
    run("api-keys", "delete", keyId, "--force");
    Result revoked = run("api-keys", "list", "--status", "revoked", "-o", format.spelling());

    assertThat(Shown.column(format, active.out(), "api_keys", "id")).contains(keyId);
    assertThat(Shown.list(format, active.out(), "api_keys")).allSatisfy(row -> assertThat(row).doesNotContainKey("key"));
    assertThat(Shown.column(format, revoked.out(), "api_keys", "id")).contains(keyId);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void deleteRevokes(Format format) {
    String keyId = createUserKey("old").get("id");

    Result result = run("api-keys", "delete", keyId, "--force", "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).contains("Revoked API key " + keyId);
    assertThat(Shown.column(Format.JSON, run("api-keys", "list", "-o", "json").out(), "api_keys", "id"))
        .doesNotContain(keyId);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void refreshIssuesANewKeyOnceWithAGracePeriod(Format format) {
    Map<String, String> old = createUserKey("rotating");

    Result result = run("api-keys", "refresh", old.get("id"), "--expires-at", "2031-06-01", "--grace-period", "60",
        "-o", format.spelling());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    Map<String, String> fresh = Shown.item(format, result.out());
    assertThat(fresh.get("key")).startsWith("ak-").isNotEqualTo(old.get("key"));
    assertThat(fresh.get("id")).isNotEqualTo(old.get("id"));
    assertThat(fresh).containsEntry("name", "rotating").containsEntry("expires_at", "2031-06-01T00:00:00Z");
    assertThat(result.err()).contains("only time the key is shown");
  }
}
