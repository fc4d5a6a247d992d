package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** One exit code per kind of outcome, and one line on standard error for each failure. */
class ExitCodesTest extends FakeApiTest {
  @Test
  void successIsZero() {
    assertThat(run("organizations", "list").exitCode()).isEqualTo(ExitCode.OK).isZero();
  }

  @Test
  void anApiErrorIsOne() {
    Result result = run("organizations", "create", "--name", "Default Organization");

    assertThat(result.exitCode()).isEqualTo(ExitCode.API_ERROR).isEqualTo(1);
    assertThat(result.err()).isEqualTo("error: HTTP 409 Conflict: An organization named Default Organization"
        + " already exists in this account.\n");
  }

  @Test
  void aUsageErrorIsTwoWithASuggestion() {
    Result unknownCommand = run("organizations", "lst");
    Result unknownOption = run("users", "list", "--colour");
    Result badValue = run("users", "list", "-l", "500");

    assertThat(unknownCommand.exitCode()).isEqualTo(ExitCode.USAGE).isEqualTo(2);
    assertThat(unknownCommand.err()).contains("Unmatched argument at index 1: 'lst'").contains("list");
    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.err()).contains("Unknown option: '--colour'")
        .contains("Run 'arize-admin users list --help' for usage.");
    assertThat(badValue.exitCode()).isEqualTo(2);
    assertThat(badValue.err()).isEqualTo("error: --limit must be between 1 and 100, was 500\n");
  }

  @Test
  void missingConfigurationIsThree() {
    environment.remove("ARIZE_API_KEY");

    Result result = run("organizations", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.CONFIGURATION).isEqualTo(3);
  }

  @Test
  void anAuthenticationFailureIsFour() {
    environment.put("ARIZE_API_KEY", "ak-not-a-key-the-fake-knows-000000000000");

    Result result = run("organizations", "list");

    assertThat(result.exitCode()).isEqualTo(ExitCode.AUTHENTICATION).isEqualTo(4);
    assertThat(result.err()).startsWith("error: HTTP 401 Unauthorized").contains("profiles show")
        .doesNotContain("ak-not-a-key");
  }

  @Test
  void notFoundIsFiveForA404AndForANameThatMatchesNothing() {
    Result byId = run("spaces", "get", "U3BhY2U6OTk5OTpBYmNk");
    Result byName = run("spaces", "get", "no-such-space");
    Result byEmail = run("users", "get", "ghost@example.com");

    assertThat(byId.exitCode()).isEqualTo(ExitCode.NOT_FOUND).isEqualTo(5);
    assertThat(byId.err()).startsWith("error: HTTP 404 Not Found: ");
    assertThat(byName.exitCode()).isEqualTo(5);
    assertThat(byName.err()).isEqualTo("error: Space 'no-such-space' not found.\n");
    assertThat(byEmail.exitCode()).isEqualTo(5);
  }

  @Test
  void notConfirmedIsSix() {
    Result result = run(console -> console.stdinTerminal(false), "organizations", "delete", "Default Organization");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED).isEqualTo(6);
  }

  @Test
  void theLineCarriesStatusTitleDetailAndRequestIdAndNoStackTraceUnlessVerbose() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      MockResponse forbidden = new MockResponse().setResponseCode(403).setHeader("X-Request-Id", "req-42")
          .setHeader("Content-Type", "application/problem+json")
          .setBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Only organization admins may do this.\"}");
      server.enqueue(forbidden);
      server.enqueue(forbidden);
      server.start();
      String endpoint = "http://127.0.0.1:" + server.getPort();

      Result quiet = run("organizations", "list", "--endpoint", endpoint);
      Result verbose = run("organizations", "list", "--endpoint", endpoint, "--verbose");

      assertThat(quiet.exitCode()).isEqualTo(ExitCode.API_ERROR);
      assertThat(quiet.err()).isEqualTo(
          "error: HTTP 403 Forbidden: Only organization admins may do this. (request ID req-42)\n");
      assertThat(verbose.err()).startsWith(quiet.err()).contains("ForbiddenException").contains("\tat ");
    }
  }
}
