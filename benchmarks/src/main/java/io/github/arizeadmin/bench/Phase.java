package io.github.arizeadmin.bench;

/** The parts of a benchmark run, in the order they run; {@code --only} picks some of them. */
enum Phase {
  /** Every target under the same load, one server core, one load-generator core. */
  THROUGHPUT,
  /** The fake holding an enterprise-sized account: load time, live heap, filter, page and reset latencies. */
  SCALE,
  /** Process start to the ready line, and embedded starts in one JVM. */
  STARTUP
}
