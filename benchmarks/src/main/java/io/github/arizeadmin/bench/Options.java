package io.github.arizeadmin.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** The runner's command-line options; {@code --quick} changes the defaults of the durations and counts. */
final class Options {
  @Option(names = "--only", split = ",", paramLabel = "PHASE",
      description = "Phases to run: throughput, scale, startup (default: all three).")
  List<String> only = new ArrayList<>();

  @Option(names = "--targets", split = ",", paramLabel = "TARGET",
      description = "Targets of the throughput and start-up phases: fake, wiremock, vertx, prism (default: all; "
          + "prism only when npx is on the PATH).")
  List<String> targets = new ArrayList<>();

  @Option(names = "--quick", description = "Shorter runs for a quick look: 2 s warm-up and 5 s per load run, "
      + "fewer samples and start-ups. The account size stays the same (see --scale-divisor).")
  boolean quick;

  @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up before each measured load run (5; quick: 2).")
  Integer warmupSeconds;

  @Option(names = "--duration", paramLabel = "SECONDS", description = "Measured load run (15; quick: 5).")
  Integer durationSeconds;

  @Option(names = "--connections", description = "Open connections of the load generator (default: ${DEFAULT-VALUE}).")
  int connections = 64;

  @Option(names = "--server-cpu", description = "CPU list the server runs on under load (default: ${DEFAULT-VALUE}).")
  String serverCpu = "0";

  @Option(names = "--client-cpu", description = "CPU list of the load generator and this runner (default: ${DEFAULT-VALUE}).")
  String clientCpu = "1";

  @Option(names = "--load-generator", paramLabel = "auto|wrk|jvm",
      description = "wrk when it is on the PATH, else the JVM load generator (default: ${DEFAULT-VALUE}).")
  String loadGenerator = "auto";

  @Option(names = "--heap", description = "Maximum heap of the fake holding the generated account (default: ${DEFAULT-VALUE}).")
  String heap = "1g";

  @Option(names = "--fallback-heap", description = "When the account does not fit in --heap, load it again with "
      + "this heap to measure the other scale figures; 'none' to skip (default: ${DEFAULT-VALUE}).")
  String fallbackHeap = "6g";

  @Option(names = "--scale-divisor", paramLabel = "N", description = "Divide the account's users and organizations "
      + "by N (default: ${DEFAULT-VALUE}: 100,000 users, 100 organizations, 10,000 spaces, 1,000,000 memberships).")
  int scaleDivisor = 1;

  @Option(names = "--scale-timeout", paramLabel = "SECONDS",
      description = "How long the fake may take to load the account (default: ${DEFAULT-VALUE}).")
  int scaleTimeoutSeconds = 300;

  @Option(names = "--samples", description = "Measured requests per scale latency figure (1000; quick: 200).")
  Integer samples;

  @Option(names = "--runs", description = "Process start-ups per target, and fresh JVMs for the embedded start (5; quick: 3).")
  Integer runs;

  @Option(names = "--later-starts", description = "Embedded starts after the first, in the same JVM (20; quick: 10).")
  Integer laterStarts;

  @Option(names = "--java", paramLabel = "PATH", description = "The java launcher of the JVM targets (default: this JVM's).")
  Path java;

  @Option(names = "--root", paramLabel = "DIR", description = "The repository root (default: found from the working directory).")
  Path root;

  @Option(names = "--record", description = "Also add the results, dated, to benchmarks/README.md.")
  boolean record;

  @Option(names = "--note", description = "A line recorded with the results (what else ran on the machine).")
  String note;

  Set<Phase> phases() {
    if (only.isEmpty()) {
      return EnumSet.allOf(Phase.class);
    }
    Set<Phase> phases = EnumSet.noneOf(Phase.class);
    for (String name : only) {
      try {
        phases.add(Phase.valueOf(name.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown phase '" + name + "'; known: throughput, scale, startup", e);
      }
    }
    return phases;
  }

  List<Target> targets() {
    if (targets.isEmpty()) {
      return List.of(Target.values());
    }
    return targets.stream().map(Target::of).distinct().toList();
  }

  Duration warmup() {
    return Duration.ofSeconds(warmupSeconds != null ? warmupSeconds : quick ? 2 : 5);
  }

  Duration duration() {
    return Duration.ofSeconds(durationSeconds != null ? durationSeconds : quick ? 5 : 15);
  }

  int samples() {
    return samples != null ? samples : quick ? 200 : 1000;
  }

  /** Requests before the measured ones of each scale latency figure, for the JIT. */
  int warmupSamples() {
    return Math.max(20, samples() / 5);
  }

  int runs() {
    return runs != null ? runs : quick ? 3 : 5;
  }

  int laterStarts() {
    return laterStarts != null ? laterStarts : quick ? 10 : 20;
  }

  /** The time budget of one scale latency figure: a slow fake gives fewer samples rather than an endless run. */
  Duration sampleBudget() {
    return Duration.ofSeconds(quick ? 10 : 30);
  }

  Duration scaleTimeout() {
    return Duration.ofSeconds(scaleTimeoutSeconds);
  }

  AccountSize accountSize() {
    return AccountSize.enterprise().dividedBy(scaleDivisor);
  }
}
