package io.github.arizeadmin.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The start-up contract (one ready line; one line and exit code 2 on bad input), checked by running the packaged jar as a process. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // above the default: each test starts the jar
class StartupContractIT {
  private static final Pattern READY = Pattern.compile("Arize fake server listening on (http://127\\.0\\.0\\.1:(\\d+))");
  private final HttpClient http = HttpClient.newHttpClient();

  private static ProcessBuilder jar(Map<String, String> env, String... args) {
    return jar(List.of(), env, args);
  }

  private static ProcessBuilder jar(List<String> jvmOptions, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", System.getProperty("fake.jar", "target/arize-fake-server.jar")));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("ARIZE_FAKE_"));
    builder.environment().putAll(env);
    return builder;
  }

  /** Starts the jar, waits for the ready line, and returns the lines printed up to it. */
  private static List<String> untilReady(Process process) throws Exception {
    List<String> lines = new ArrayList<>();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      lines.add(line);
      if (line.startsWith("Arize fake server listening on")) {
        return lines;
      }
    }
    throw new AssertionError("no ready line; printed " + lines + ", stderr "
        + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private record Exit(int code, String stdout, String stderr) {
  }

  private static Exit fail(Map<String, String> env, String... args) throws Exception {
    return fail(List.of(), env, args);
  }

  private static Exit fail(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
    Process process = jar(jvmOptions, env, args).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process exits").isTrue();
    return new Exit(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void portZeroPrintsTheGeneratedKeyThenExactlyOneReadyLineAndServes() throws Exception {
    Process process = jar(Map.of(), "--port", "0").start();
    try {
      List<String> lines = untilReady(process);
      assertThat(lines).hasSize(2);
      assertThat(lines.get(0)).matches("Admin API key: ak-[a-z0-9]{40}");
      Matcher ready = READY.matcher(lines.get(1));
      assertThat(ready.matches()).as(lines.get(1)).isTrue();
      assertThat(Integer.parseInt(ready.group(2))).isPositive();
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(ready.group(1) + "/__admin/health"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      String key = lines.get(0).substring("Admin API key: ".length());
      HttpResponse<String> orgs = http.send(HttpRequest.newBuilder(URI.create(ready.group(1) + "/v2/organizations"))
          .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(orgs.body()).contains("Default Organization");
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void environmentVariablesConfigureItAndFlagsWin(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, "{\"accounts\":[{\"name\":\"default\",\"organizations\":[{\"name\":\"Seeded Org\"}]}]}");
    Process process = jar(Map.of("ARIZE_FAKE_PORT", "1", "ARIZE_FAKE_ADMIN_KEY", "ak-from-env",
        "ARIZE_FAKE_SEED", seed.toString()), "--port", "0").start();
    try {
      List<String> lines = untilReady(process);
      assertThat(lines).hasSize(1);
      Matcher ready = READY.matcher(lines.get(0));
      assertThat(ready.matches()).isTrue();
      HttpResponse<String> orgs = http.send(HttpRequest.newBuilder(URI.create(ready.group(1) + "/v2/organizations"))
          .header("Authorization", "Bearer ak-from-env").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(orgs.statusCode()).isEqualTo(200);
      assertThat(orgs.body()).contains("Seeded Org");
    } finally {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void idSeedMakesTheGeneratedKeyDeterministic() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Process process = jar(Map.of("ARIZE_FAKE_ID_SEED", "7"), "--port", "0").start();
      try {
        keys.add(untilReady(process).get(0));
      } finally {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
    assertThat(keys.get(0)).isEqualTo(keys.get(1)).startsWith("Admin API key: ak-");
  }

  private static void oneLineExit2(Exit exit, String mentions) {
    assertThat(exit.code()).as(exit.stderr()).isEqualTo(2);
    assertThat(exit.stdout()).isEmpty();
    assertThat(exit.stderr().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
        .contains(mentions);
  }

  @Test
  void badFlagsExitWith2AndOneLine() throws Exception {
    oneLineExit2(fail(Map.of(), "--bogus"), "--bogus");
    oneLineExit2(fail(Map.of(), "--port", "abc"), "--port");
    oneLineExit2(fail(Map.of(), "--port", "70000"), "--port");
    oneLineExit2(fail(Map.of(), "--id-seed", "x"), "--id-seed");
    oneLineExit2(fail(Map.of("ARIZE_FAKE_PORT", "nope")), "port");
    oneLineExit2(fail(Map.of(), "--port", "0", "--seed", "/no/such/seed.json"), "/no/such/seed.json");
  }

  @Test
  void helpAndVersionExitWith0() throws Exception {
    Exit help = fail(Map.of(), "--help");
    assertThat(help.code()).isZero();
    assertThat(help.stdout()).contains("Usage: arize-fake-server").contains("--admin-key").contains("ARIZE_FAKE_SEED");
    Exit version = fail(Map.of(), "--version");
    assertThat(version.code()).isZero();
    assertThat(version.stdout()).contains("contract 2.0.0");
  }

  @Test
  void aBadSeedExitsWith2AndNamesTheProblem(@TempDir Path dir) throws Exception {
    Path notJson = dir.resolve("broken.json");
    Files.writeString(notJson, "{\"accounts\": [");
    oneLineExit2(fail(Map.of(), "--port", "0", "--seed", notJson.toString()), "not valid JSON");
    Path badField = dir.resolve("bad.json");
    Files.writeString(badField, "{\"accounts\":[{\"name\":\"default\",\"users\":[{\"name\":\"x\"}]}]}");
    oneLineExit2(fail(Map.of(), "--port", "0", "--seed", badField.toString()), "accounts[0].users[0].email");
  }

  @Test
  void aSeedLargerThanTheHeapExitsWith2AndSaysToGiveTheJvmMoreMemory(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("huge.json");
    try (java.io.Writer out = Files.newBufferedWriter(seed, StandardCharsets.UTF_8)) {
      out.write("{\"accounts\":[{\"name\":\"default\",\"organizations\":[");
      for (int i = 0; i < 2_000_000; i++) {
        out.write((i == 0 ? "" : ",") + "{\"name\":\"organization-" + i + "\"}");
      }
      out.write("]}]}");
    }
    assertThat(Files.size(seed)).as("larger than the heap").isGreaterThan(48L * 1024 * 1024);

    Exit exit = fail(List.of("-Xmx32m"), Map.of(), "--port", "0", "--seed", seed.toString());

    oneLineExit2(exit, "-Xmx");
    assertThat(exit.stderr()).contains("heap").doesNotContain("OutOfMemoryError");
  }
}
