package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Profiles in the official ax CLI's files, read and written; the environment and flags over them. */
class ProfilesTest extends FakeApiTest {
  /** A default profile as the ax CLI lays it out, written by hand, with a section and keys ax uses and we do not. */
  private String axProfile(int port) {
    return """
        # My Arize set-up (written by hand)
        [profile]
        name = "default"

        [auth]
        api_key = "${ARIZE_API_KEY}"

        [routing]
        single_host = "127.0.0.1"   # the local fake
        single_port = "%d"
        api_scheme = "http"
        otlp_host = "otlp.arize.com"

        [transport]
        stream_max_workers = 8

        [output]
        format = "json"
        """.formatted(port);
  }

  private Path config() {
    return home.resolve(".arize").resolve("config.toml");
  }

  @BeforeEach
  void onlyTheKeyInTheEnvironment() {
    environment.remove("ARIZE_API_HOST");
    environment.remove("ARIZE_API_PORT");
    environment.remove("ARIZE_API_SCHEME");
  }

  @Test
  void aHandWrittenAxDefaultProfileIsUsedAsItIs() {
    write(config(), axProfile(fake.port()));

    Result result = run("organizations", "list");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    // [output] format = "json" makes JSON the default.
    assertThat(Shown.column(Format.JSON, result.out(), "organizations", "name")).containsExactly("Default Organization");
  }

  @Test
  void theActiveProfileNamedInActiveProfileIsUsed() {
    write(home.resolve(".arize/profiles/local.toml"), axProfile(fake.port()).replace("\"default\"", "\"local\""));
    write(home.resolve(".arize/.active_profile"), "local\n");

    Result result = run("organizations", "list", "-o", "csv");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Shown.column(Format.CSV, result.out(), "organizations", "name")).containsExactly("Default Organization");
  }

  @Test
  void dashPSelectsAProfileAndAMissingOneIsAConfigurationError() {
    write(home.resolve(".arize/profiles/local.toml"), axProfile(fake.port()));

    Result chosen = run("-p", "local", "organizations", "list");
    Result after = run("organizations", "list", "--profile", "local");
    Result missing = run("-p", "nope", "organizations", "list");

    assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(missing.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(missing.err()).startsWith("error: Profile 'nope' not found").contains("Profiles: local");
  }

  @Test
  void aLiteralKeyInTheProfileWorksWithoutTheVariable() {
    environment.remove("ARIZE_API_KEY");
    write(config(), axProfile(fake.port()).replace("${ARIZE_API_KEY}", ADMIN_KEY));

    assertThat(run("organizations", "list").exitCode()).isZero();
  }

  @Test
  void referencesExpandWithDefaultsAndAnUnsetOneIsNamed() {
    environment.remove("ARIZE_API_KEY");
    environment.put("FAKE_PORT", Integer.toString(fake.port()));
    write(config(), axProfile(fake.port()).replace("\"" + fake.port() + "\"", "\"${FAKE_PORT}\"")
        .replace("\"127.0.0.1\"", "\"${FAKE_HOST:127.0.0.1}\"").replace("${ARIZE_API_KEY}", "${MY_KEY}"));

    Result unset = run("organizations", "list");
    environment.put("MY_KEY", ADMIN_KEY);
    Result set = run("organizations", "list");

    assertThat(unset.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(unset.err()).contains("[auth] api_key refers to ${MY_KEY}, but MY_KEY is not set");
    assertThat(set.exitCode()).as(set.toString()).isZero();
  }

  @Test
  void noKeyAnywhereIsAConfigurationError() {
    environment.remove("ARIZE_API_KEY");

    Result result = run("users", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(result.err()).startsWith("error: No API key: set ARIZE_API_KEY");
  }

  @Test
  void twoRoutingOverridesAreAConfigurationError() {
    write(config(), axProfile(fake.port()).replace("[routing]", "[routing]\nregion = \"us-east-1b\""));

    Result result = run("organizations", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(result.err()).contains("more than one of region, single_host/single_port and base_domain");
  }

  @Test
  void environmentVariablesOverrideTheProfileAndFlagsOverrideBoth() {
    // The profile points at a port nobody listens on, and names a key the fake rejects.
    write(config(), axProfile(1).replace("${ARIZE_API_KEY}", "ak-wrong-key-in-profile"));
    environment.remove("ARIZE_API_KEY");

    Result profileOnly = run("organizations", "list");
    environment.put("ARIZE_API_PORT", Integer.toString(fake.port()));
    Result portFromEnvironment = run("organizations", "list");
    environment.put("ARIZE_API_KEY", ADMIN_KEY);
    Result keyAndPortFromEnvironment = run("organizations", "list");
    environment.put("ARIZE_API_PORT", "1");
    Result endpointFlag = run("organizations", "list", "--endpoint", "http://127.0.0.1:" + fake.port());

    assertThat(profileOnly.exitCode()).as(profileOnly.toString()).isEqualTo(ExitCode.API_ERROR);
    assertThat(profileOnly.err()).startsWith("error: no answer from the API");
    assertThat(portFromEnvironment.exitCode()).as("the profile's key: 401").isEqualTo(ExitCode.AUTHENTICATION);
    assertThat(keyAndPortFromEnvironment.exitCode()).as(keyAndPortFromEnvironment.toString()).isZero();
    assertThat(endpointFlag.exitCode()).as(endpointFlag.toString()).isZero();
  }

  @Test
  void theFlagOfTheOutputFormatWinsOverTheProfile() {
    write(config(), axProfile(fake.port()));

    Result result = run("organizations", "list", "-o", "table");

    assertThat(Shown.column(Format.TABLE, result.out(), "organizations", "name")).containsExactly("Default Organization");
  }

  @Test
  void createWritesTheAxLayoutWithAKeyReferenceAndTheFirstProfileBecomesActive() throws IOException {
    Result result = run("profiles", "create", "local", "--single-host", "127.0.0.1", "--single-port",
        Integer.toString(fake.port()), "--api-scheme", "http");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readString(home.resolve(".arize/profiles/local.toml"))).isEqualTo("""
        [profile]
        name = "local"

        [auth]
        api_key = "${ARIZE_API_KEY}"

        [routing]
        single_host = "127.0.0.1"
        single_port = "%d"
        api_scheme = "http"

        [output]
        format = "table"
        """.formatted(fake.port()));
    assertThat(Files.readString(home.resolve(".arize/.active_profile")).trim()).isEqualTo("local");
    assertThat(result.err()).contains("it is the active profile now");
    assertThat(run("organizations", "list").exitCode()).isZero();
  }

  @Test
  void theFirstUnnamedProfileIsDefaultAndASecondNeedsAName() {
    Result first = run("profiles", "create", "--region", "us-east-1b");
    Result second = run("profiles", "create", "--region", "eu-west-1a");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(config()).exists();
    assertThat(home.resolve(".arize/.active_profile")).doesNotExist();
    assertThat(second.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(second.err()).contains("Name the new profile");
  }

  @Test
  void updateChangesOnlyWhatItIsGivenAndKeepsEverythingElseByteForByte() throws IOException {
    String original = axProfile(fake.port());
    write(config(), original);

    Result result = run("profiles", "update", "--region", "us-east-1b", "--output-format", "csv");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    String expected = original.replace("single_host = \"127.0.0.1\"   # the local fake\n", "")
        .replace("single_port = \"" + fake.port() + "\"\n", "")
        .replace("otlp_host = \"otlp.arize.com\"\n", "otlp_host = \"otlp.arize.com\"\nregion = \"us-east-1b\"\n")
        .replace("format = \"json\"", "format = \"csv\"");
    assertThat(Files.readString(config())).isEqualTo(expected);
    assertThat(result.err()).contains("Removed [routing] single_host, single_port");
  }

  @Test
  void anEmptyValueRemovesAKey() throws IOException {
    write(config(), axProfile(fake.port()));

    run("profiles", "update", "--api-scheme", "");

    assertThat(Files.readString(config())).doesNotContain("api_scheme").contains("[transport]");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void showRedactsALiteralKeyAndShowsAReferenceAsWritten(Format format) {
    write(config(), axProfile(fake.port()));
    write(home.resolve(".arize/profiles/literal.toml"), axProfile(fake.port()).replace("${ARIZE_API_KEY}",
        "ak-secret-literal-key-0123456789"));

    Result reference = run("profiles", "show", "-o", format.spelling());
    Result literal = run("profiles", "show", "literal", "-o", format.spelling());
    Result expanded = run("profiles", "show", "--expand", "-o", format.spelling());

    Map<String, String> shown = Shown.item(format, reference.out());
    assertThat(shown).containsEntry(format == Format.JSON ? "auth.api_key" : "auth.api_key", "${ARIZE_API_KEY}")
        .containsEntry("routing.single_host", "127.0.0.1").containsEntry("transport.stream_max_workers", "8")
        .containsEntry("active", "true");
    assertThat(Shown.item(format, literal.out())).containsEntry("auth.api_key", "ak-***");
    assertThat(literal.out()).doesNotContain("secret-literal");
    assertThat(Shown.item(format, expanded.out())).containsEntry("auth.api_key", "ak-***");
    assertThat(expanded.out()).doesNotContain(ADMIN_KEY);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listMarksTheActiveProfile(Format format) {
    write(config(), axProfile(fake.port()));
    write(home.resolve(".arize/profiles/staging.toml"), axProfile(fake.port()));
    run("profiles", "use", "staging");

    Result result = run("profiles", "list", "-o", format.spelling());

    assertThat(Shown.column(format, result.out(), "profiles", "name")).containsExactly("default", "staging");
    assertThat(Shown.column(format, result.out(), "profiles", "active"))
        .containsExactly(format == Format.JSON ? "false" : "", format == Format.JSON ? "true" : "*");
  }

  @Test
  void useNeedsAnExistingProfile() {
    Result result = run("profiles", "use", "ghost");

    assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(result.err()).contains("Profile 'ghost' not found");
  }

  @Test
  void deleteRefusesTheDefaultAndTheActiveProfileAndDeletesAnotherWithForce() {
    write(config(), axProfile(fake.port()));
    write(home.resolve(".arize/profiles/old.toml"), axProfile(fake.port()));
    write(home.resolve(".arize/profiles/current.toml"), axProfile(fake.port()));
    run("profiles", "use", "current");

    Result defaultProfile = run("profiles", "delete", "default", "--force");
    Result activeProfile = run("profiles", "delete", "current", "--force");
    Result other = run("profiles", "delete", "old", "--force");

    assertThat(defaultProfile.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(activeProfile.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(other.exitCode()).as(other.toString()).isZero();
    assertThat(home.resolve(".arize/profiles/old.toml")).doesNotExist();
  }

  @Test
  void aBrokenProfileFileIsAConfigurationError() {
    write(config(), "[auth\napi_key = ");

    Result result = run("organizations", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION);
    assertThat(result.err()).startsWith("error: Profile 'default'").contains("is not valid TOML");
  }
}
