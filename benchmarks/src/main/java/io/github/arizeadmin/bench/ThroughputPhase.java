package io.github.arizeadmin.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every target under the same load: the fake is seeded with the {@link ThroughputFixture}, its answers become
 * the other targets' stubs, then each target runs alone on the server core while the load generator runs on
 * the client core, one scenario after another (warm-up, then the measured run).
 */
final class ThroughputPhase {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Run run;

  ThroughputPhase(Run run) {
    this.run = run;
  }

  void run() throws ServerProcess.StartFailure {
    Options options = run.options();
    List<String> skipped = new ArrayList<>();
    List<Target> targets = run.targets(skipped);
    skipped.forEach(line -> run.progress("throughput", line));
    Map<Scenario, List<HttpCall>> calls = new EnumMap<>(Scenario.class);
    Map<Scenario, Stubs.Recorded> recorded = new EnumMap<>(Scenario.class);
    Map<Target, Map<Scenario, LoadResult>> results = new EnumMap<>(Target.class);
    Map<Target, String> failures = new EnumMap<>(Target.class);

    // The fake runs first in any case: its answers are the other targets' stubs.
    try (Running fake = Running.start(Target.FAKE, run.layout(), options.serverCpu, START_TIMEOUT, "throughput-fake")) {
      ThroughputFixture fixture = ThroughputFixture.seed(run.http(), fake.base());
      for (Scenario scenario : Scenario.values()) {
        List<HttpCall> scenarioCalls = scenario.calls(fixture);
        calls.put(scenario, scenarioCalls);
        HttpCall first = scenarioCalls.get(0);
        recorded.put(scenario, new Stubs.Recorded(first, run.http().expectOk(fake.base(), first)));
      }
      Stubs.write(run.layout(), recorded);
      if (targets.contains(Target.FAKE)) {
        measure(fake, calls, recorded, results, failures);
      }
    }
    for (Target target : targets) {
      if (target == Target.FAKE) {
        continue;
      }
      if (target == Target.PRISM) {
        run.progress("throughput", "prism " + run.prismVersion());
      }
      try (Running running = Running.start(target, run.layout(), options.serverCpu, START_TIMEOUT,
          "throughput-" + target.id())) {
        measure(running, calls, recorded, results, failures);
      } catch (ServerProcess.StartFailure e) {
        failures.put(target, e.getMessage().lines().findFirst().orElse("did not start"));
      }
    }
    table(targets, results, failures, skipped);
  }

  private void measure(Running running, Map<Scenario, List<HttpCall>> calls, Map<Scenario, Stubs.Recorded> recorded,
      Map<Target, Map<Scenario, LoadResult>> results, Map<Target, String> failures) {
    Target target = running.target();
    try {
      check(running, recorded);
      Map<Scenario, LoadResult> measured = new LinkedHashMap<>();
      for (Scenario scenario : Scenario.values()) {
        Options options = run.options();
        LoadResult result = run.generator().run(new LoadGenerator.Load(target.id() + "-" + scenario.id(),
            running.base(), calls.get(scenario), options.warmup(), options.duration(), options.connections,
            options.clientCpu, run.layout().dir("scripts")));
        measured.put(scenario, result);
        run.progress("throughput", String.format("%-8s %-20s %10s req/s  p50 %s ms  p99 %s ms  errors %d",
            target.id(), scenario.id(), Report.count(result.perSecond()), Report.millis(result.p50Micros() / 1e3),
            Report.millis(result.p99Micros() / 1e3), result.errors()));
      }
      results.put(target, measured);
    } catch (RuntimeException e) {
      failures.put(target, e.getMessage());
      run.progress("throughput", target.id() + " failed: " + e.getMessage());
    }
  }

  /**
   * Every scenario's first request answers 2xx, and with the fake's own body wherever the target serves
   * recorded stubs (Prism answers the contract's examples instead), so no target is measured answering errors.
   */
  private void check(Running running, Map<Scenario, Stubs.Recorded> recorded) {
    for (Map.Entry<Scenario, Stubs.Recorded> entry : recorded.entrySet()) {
      Answer answer = run.http().send(running.base(), entry.getValue().call());
      boolean sameBody = running.target() == Target.PRISM || answer.body().equals(entry.getValue().answer().body());
      if (!answer.ok() || !sameBody) {
        throw new IllegalStateException(entry.getKey().id() + " answered " + answer.brief() + " instead of "
            + entry.getValue().answer().brief());
      }
    }
  }

  private void table(List<Target> targets, Map<Target, Map<Scenario, LoadResult>> results,
      Map<Target, String> failures, List<String> skipped) {
    Options options = run.options();
    Report.Table table = run.report().table("Throughput: one server core, " + options.connections
        + " connections", "Scenario", "Target", "req/s", "p50 ms", "p99 ms", "× Vert.x", "errors", "goal (fake)");
    for (Scenario scenario : Scenario.values()) {
      LoadResult ceiling = results.getOrDefault(Target.VERTX, Map.of()).get(scenario);
      for (Target target : targets) {
        LoadResult result = results.getOrDefault(target, Map.of()).get(scenario);
        String goal = target == Target.FAKE ? scenario.goal() : "";
        if (result == null) {
          table.row(scenario.label(), target.id(), "failed", "", "", "", "", goal);
          continue;
        }
        String ratio = ceiling == null || ceiling.perSecond() == 0 ? "n/a"
            : String.format(java.util.Locale.ROOT, "%.2f", result.perSecond() / ceiling.perSecond());
        table.row(scenario.label(), target.id(), Report.count(result.perSecond()),
            Report.millis(result.p50Micros() / 1e3), Report.millis(result.p99Micros() / 1e3), ratio,
            Long.toString(result.errors()), goal);
      }
    }
    table.note("Server on CPU " + options.serverCpu + ", load generator on CPU " + options.clientCpu
        + (Cpus.pinning() ? " (taskset)" : " (NOT pinned: taskset is missing)") + "; "
        + options.warmup().toSeconds() + " s warm-up, then " + options.duration().toSeconds()
        + " s measured per scenario; " + run.generator().describe() + ".");
    table.note("Targets: " + String.join("; ", targets.stream().map(t -> t.id() + " = " + t.description()
        + (t == Target.PRISM ? " " + run.prismVersion() : "")).toList()) + ".");
    failures.forEach((target, why) -> table.note(target.id() + " failed: " + why));
    skipped.forEach(table::note);
  }
}
