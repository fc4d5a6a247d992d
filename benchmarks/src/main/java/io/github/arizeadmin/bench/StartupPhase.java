package io.github.arizeadmin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up: each target's process from start to its ready line, several times (median and minimum), and the
 * fake embedded in fresh JVMs (the first start, then later starts in the same JVM). Not pinned.
 */
final class StartupPhase {
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final Run run;

  StartupPhase(Run run) {
    this.run = run;
  }

  void run() throws IOException {
    Options options = run.options();
    List<String> skipped = new ArrayList<>();
    List<Target> targets = run.targets(skipped);
    // The bare handler and WireMock start with the throughput phase's stubs, or with none.
    Path bare = Stubs.bareResponses(run.layout());
    if (!Files.exists(bare)) {
      Files.writeString(bare, "[]");
    }
    Files.createDirectories(Stubs.wiremockRoot(run.layout()).resolve("mappings"));
    Report.Table table = run.report().table("Start-up", "Figure", "median", "min", "max", "runs", "goal (fake)");
    for (Target target : targets) {
      if (target == Target.PRISM) {
        run.prismVersion();
      }
      List<Double> millis = new ArrayList<>();
      String failure = null;
      for (int i = 0; i < options.runs() && failure == null; i++) {
        try (Running running = Running.start(target, run.layout(), Cpus.all(), TIMEOUT,
            "startup-" + target.id() + "-" + i)) {
          millis.add(running.process().readyAfter().toNanos() / 1e6);
        } catch (ServerProcess.StartFailure e) {
          failure = e.getMessage().lines().findFirst().orElse("did not start");
        }
      }
      String label = target.id() + ": process start to the ready line";
      if (failure != null) {
        table.row(label, "failed", "", "", "", "");
        table.note(target.id() + ": " + failure);
      } else {
        row(table, label, millis, target == Target.FAKE ? "≤ 500 ms" : "");
      }
      run.progress("startup", label + ": " + millis);
    }
    embedded(table);
    table.note("Times in ms. Ready lines: " + String.join("; ", targets.stream()
        .map(t -> t.id() + " \"" + t.ready().pattern().replace("\\Q", "").replace("\\E", "") + "\"").toList())
        + ". Prism's time includes npx finding the cached package.");
    skipped.forEach(table::note);
  }

  private void embedded(Report.Table table) {
    Options options = run.options();
    List<Double> first = new ArrayList<>();
    List<Double> later = new ArrayList<>();
    for (int i = 0; i < options.runs(); i++) {
      List<String> command = Cpus.pinned(Cpus.all(), List.of(run.layout().java().toString(), "-cp",
          run.layout().classPath(), EmbeddedStartup.class.getName(), Integer.toString(options.laterStarts())));
      Exec.Output output = Exec.run(command, TIMEOUT);
      if (!output.ok()) {
        throw new IllegalStateException("the embedded start-up run failed: " + output.text().strip());
      }
      JsonObject result = LoadResult.resultJson(output.text());
      first.add(result.getDouble("first_ms"));
      JsonArray laterMillis = result.getJsonArray("later_ms");
      for (int j = 0; j < laterMillis.size(); j++) {
        later.add(laterMillis.getDouble(j));
      }
    }
    row(table, "embedded: first ArizeFakeServer.start in a fresh JVM", first, "≤ 400 ms");
    row(table, "embedded: later starts in the same JVM", later, "≤ 20 ms");
    run.progress("startup", "embedded first " + first + ", later median " + median(later));
  }

  private static void row(Report.Table table, String label, List<Double> millis, String goal) {
    List<Double> sorted = millis.stream().sorted().toList();
    table.row(label, Report.millis(median(sorted)), Report.millis(sorted.get(0)),
        Report.millis(sorted.get(sorted.size() - 1)), Integer.toString(sorted.size()), goal);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
