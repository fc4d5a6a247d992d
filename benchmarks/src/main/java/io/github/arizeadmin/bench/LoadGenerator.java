package io.github.arizeadmin.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Drives one target with one scenario's requests from the client core: a warm-up, then the measured run. */
sealed interface LoadGenerator permits Wrk, JvmLoad {

  /** Runs the load described by {@code load} and returns the measured part. */
  LoadResult run(Load load);

  /** The generator's name and version for the report. */
  String describe();

  /**
   * One load run: the target's base URL, the requests to cycle through, how long to warm up and measure, over
   * how many connections, from which CPUs, and a directory for scripts.
   */
  record Load(String label, URI base, List<HttpCall> calls, Duration warmup, Duration duration, int connections,
      String cpus, Path scripts) {
  }
}
