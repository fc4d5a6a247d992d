package io.github.arizeadmin.pactverifier;

import static io.github.arizeadmin.pactverifier.TestPacts.KEY;
import static io.github.arizeadmin.pactverifier.TestPacts.interaction;
import static io.github.arizeadmin.pactverifier.TestPacts.v3;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: the README's example command prints exactly the README's
 * output, usage errors are one line with exit code 2, a clean run exits with 0 and writes its JUnit XML.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // above the default: runs the jar, waits up to 5 min
class VerifierJarIT {
  private static final Path JAR = Path.of(System.getProperty("verifier.jar", "target/arize-pact-verifier.jar"))
      .toAbsolutePath();
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
  @TempDir
  Path dir;

  private record Run(int code, List<String> out, List<String> err) {
  }

  private static Run run(Path workingDirectory, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    command.addAll(args);
    Path out = Files.createTempFile("verifier", ".out");
    Path err = Files.createTempFile("verifier", ".err");
    Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the verifier did not finish within 5 minutes: " + command);
    }
    return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
        Files.readAllLines(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmesExampleCommandPrintsTheReadmesOutput() throws Exception {
    String readme = Files.readString(REPOSITORY.resolve("arize-pact-verifier/README.md"));
    Matcher blocks = Pattern.compile("```\\n(mvn -B install -DskipTests\\n(java -jar [^\\n]+))\\n```\\n[^`]*```\\n"
        + "([^`]+)```").matcher(readme);
    assertThat(blocks.find()).as("the README's Run it section: the command block, then the output block").isTrue();
    List<String> args = Arrays.asList(blocks.group(2).substring("java -jar ".length()).split(" "));
    assertThat(args.get(0)).isEqualTo("arize-pact-verifier/target/arize-pact-verifier.jar");

    Run run = run(REPOSITORY, args.subList(1, args.size()));
    assertThat(String.join("\n", run.out()) + "\n").isEqualTo(blocks.group(3));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aCleanRunExitsWith0AndWritesItsJUnitXml() throws Exception {
    Files.writeString(dir.resolve("pact.json"), v3(interaction("list organizations", "[]", """
        {"method": "GET", "path": "/v2/organizations", "headers": {"Authorization": "Bearer %s"}}""".formatted(KEY),
        "{\"status\": 200}")));
    Run run = run(dir, List.of(".", "--junit-xml", "reports/pacts.xml"));
    assertThat(run.out()).containsExactly("PASS ./pact.json (tests) \"list organizations\"",
        "Summary: 1 interaction, 1 passed, 0 failed; 1 pact file, 1 verified, 0 for another provider, 0 unreadable");
    assertThat(run.code()).isZero();
    assertThat(Files.readString(dir.resolve("reports/pacts.xml"))).contains("<testcase classname=\"tests\" "
        + "name=\"list organizations\"></testcase>");
  }

  @Test
  void usageErrorsAreOneLineAndExitCode2() throws Exception {
    Run none = run(dir, List.of());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).containsExactly(
        "arize-pact-verifier: Missing required parameter: 'PACT_FILE_OR_DIR' (see --help)");
    Run badFlag = run(dir, List.of(".", "--colour"));
    assertThat(badFlag.code()).isEqualTo(2);
    assertThat(badFlag.err()).containsExactly("arize-pact-verifier: Unknown option: '--colour' (see --help)");
    Run badStates = run(dir, List.of(".", "--states", "nowhere.yaml"));
    assertThat(badStates.code()).isEqualTo(2);
    assertThat(badStates.err()).singleElement().asString()
        .startsWith("arize-pact-verifier: --states nowhere.yaml: cannot read it");
    assertThat(badStates.out()).isEmpty();
  }

  @Test
  void helpAndVersion() throws Exception {
    Run help = run(dir, List.of("--help"));
    assertThat(help.code()).isZero();
    assertThat(String.join("\n", help.out())).contains("PACT_FILE_OR_DIR...", "--states=FILE", "--junit-xml=FILE",
        "--provider=NAME");
    Run version = run(dir, List.of("--version"));
    assertThat(version.code()).isZero();
    assertThat(version.out()).singleElement().asString().matches("arize-pact-verifier \\S+ \\(contract \\d+\\.\\d+\\.\\d+\\)");
  }
}
