package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's walkthrough, run as written: the fake started as shown (on a free port instead of 8080),
 * every {@code arize-admin} line run in order, and what it prints compared with the README (timestamps
 * and runs of spaces aside, which change from run to run).
 */
class ReadmeWalkthroughTest {
  private static final Pattern FAKE = Pattern.compile(
      "java -jar arize-fake-server/target/arize-fake-server\\.jar --port 8080 --admin-key (\\S+) --id-seed (\\d+) &");
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

  /** One "$ command" of the block and the lines printed under it. */
  record Step(String command, List<String> printed) {
  }

  static List<Step> walkthrough(Path readme, String heading) throws IOException {
    String text = Files.readString(readme);
    int section = text.indexOf("\n" + heading + "\n");
    assertThat(section).as(readme + " has the section " + heading).isPositive();
    int start = text.indexOf("```console\n", section) + "```console\n".length();
    int end = text.indexOf("\n```", start);
    List<Step> steps = new ArrayList<>();
    for (String line : text.substring(start, end).split("\n")) {
      if (line.startsWith("$ ")) {
        steps.add(new Step(line.substring(2), new ArrayList<>()));
      } else {
        steps.get(steps.size() - 1).printed().add(line);
      }
    }
    return steps;
  }

  @Test
  void theModuleReadmeWalkthroughRunsAsWritten() throws IOException {
    run(Path.of("README.md"), "## Walkthrough");
  }

  @Test
  void theRootReadmeWalkthroughRunsAsWritten() throws IOException {
    run(Path.of("..", "README.md"), "## Command line");
  }

  private void run(Path readme, String heading) throws IOException {
    List<Step> steps = walkthrough(readme, heading);
    Map<String, String> environment = new HashMap<>();
    Path home = Files.createTempDirectory("walkthrough-home");
    ArizeFakeServer fake = null;
    StringBuilder transcript = new StringBuilder();
    try {
      for (Step step : steps) {
        Matcher started = FAKE.matcher(step.command());
        if (started.matches()) {
          fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey(started.group(1))
              .idSeed(Long.parseLong(started.group(2))).build());
          continue;
        }
        if (step.command().startsWith("export ")) {
          String[] assignment = step.command().substring("export ".length()).split("=", 2);
          environment.put(assignment[0], assignment[1]);
          continue;
        }
        assertThat(step.command()).as("the walkthrough only runs the fake, export and arize-admin")
            .startsWith("arize-admin ");
        assertThat(fake).as("the fake is started first").isNotNull();
        String port = Integer.toString(fake.port());
        List<String> args = words(step.command().substring("arize-admin ".length()).replace("8080", port));
        ScriptedConsole console = new ScriptedConsole();
        int code = ArizeAdmin.run(args.toArray(String[]::new), new Session(environment, home, console));
        String printed = normalize(console.printed().replace(home.toString(), "~").replace(port, "8080"));
        transcript.append("$ ").append(step.command()).append('\n').append(console.printed());
        assertThat(code).as(step.command() + "\n" + console.errors()).isZero();
        assertThat(printed).as("what '" + step.command() + "' prints; the run so far:\n" + transcript)
            .isEqualTo(normalize(String.join("\n", step.printed())));
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  private static String normalize(String text) {
    return TIME.matcher(text).replaceAll("<time>").replaceAll(" {2,}", " ").strip();
  }

  /** Splits a command line on spaces, keeping "double-quoted words" whole. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    Matcher word = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
    while (word.find()) {
      words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
    }
    return words;
  }
}
