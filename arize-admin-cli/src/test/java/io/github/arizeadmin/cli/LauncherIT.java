package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged launcher and jar, run as processes, as a person runs them. */
class LauncherIT {
  private static final Path TARGET = Path.of(System.getProperty("cli.dir", "target"));
  private static ArizeFakeServer fake;
  private static Path home;

  @BeforeAll
  static void start() throws IOException {
    fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey("ak-launcher-it").build());
    home = Files.createTempDirectory("launcher-home");
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  record Ran(int exitCode, String out, String err) {
  }

  private static Ran run(String stdin, String key, String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.put("HOME", home.toString());
    environment.put("ARIZE_API_KEY", key);
    environment.put("ARIZE_API_HOST", "127.0.0.1");
    environment.put("ARIZE_API_PORT", Integer.toString(fake.port()));
    environment.put("ARIZE_API_SCHEME", "http");
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), out, err);
  }

  private static String[] launcher(String... args) {
    List<String> command = new ArrayList<>(List.of(TARGET.resolve("arize-admin").toString()));
    command.addAll(List.of(args));
    return command.toArray(String[]::new);
  }

  @Test
  void theLauncherIsExecutableAndListsOrganizations() throws Exception {
    assertThat(Files.isExecutable(TARGET.resolve("arize-admin"))).isTrue();

    Ran ran = run("", "ak-launcher-it", launcher("organizations", "list", "-o", "json"));

    assertThat(ran.exitCode()).as(ran.err()).isZero();
    assertThat(ran.err()).as("no JVM or CDS notice, no log line").isEmpty();
    assertThat(Shown.column(Format.JSON, ran.out(), "organizations", "name")).containsExactly("Default Organization");
  }

  @Test
  void theJarRunsWithPlainJava() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Ran ran = run("", "ak-launcher-it", java, "-jar", TARGET.resolve("arize-admin.jar").toString(), "--version");

    assertThat(ran.exitCode()).isZero();
    assertThat(ran.out()).startsWith("arize-admin ");
  }

  @Test
  void aRealProcessWithoutATerminalRefusesToDelete() throws Exception {
    Ran ran = run("y\n", "ak-launcher-it", launcher("organizations", "delete", "Default Organization"));

    assertThat(ran.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
    assertThat(ran.err()).contains("standard input is not a terminal");
    assertThat(run("", "ak-launcher-it", launcher("organizations", "get", "Default Organization")).exitCode()).isZero();
  }

  @Test
  void aRealTerminalIsAskedAndANoKeepsTheOrganization() throws Exception {
    // script(1) gives the launcher a pseudo-terminal, as an interactive shell would.
    String command = TARGET.resolve("arize-admin") + " organizations delete 'Default Organization'";

    Ran ran = run("n\n", "ak-launcher-it", "script", "-qec", command, "/dev/null");

    assertThat(ran.out()).contains("This deletes organization \"Default Organization\"").contains("Continue? [y/N]")
        .contains("Cancelled: nothing was done.");
    assertThat(ran.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
  }

  @Test
  void anAuthenticationFailureIsOneLineAndExitFour() throws Exception {
    Ran ran = run("", "ak-not-known", launcher("users", "list"));

    assertThat(ran.exitCode()).isEqualTo(ExitCode.AUTHENTICATION);
    assertThat(ran.err().strip().lines()).hasSize(1);
    assertThat(ran.err()).startsWith("error: HTTP 401 Unauthorized");
  }
}
