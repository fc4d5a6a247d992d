package io.github.arizeadmin.bench;

import io.vertx.core.json.JsonObject;

/**
 * What one measured load run produced: requests completed, over how long, latency percentiles and errors
 * (non-2xx answers, connection errors and timeouts). Both load generators print it as one line,
 * {@code BENCH_RESULT <json>}.
 */
record LoadResult(long requests, double seconds, double p50Micros, double p99Micros, long errors) {
  static final String PREFIX = "BENCH_RESULT ";

  double perSecond() {
    return seconds <= 0 ? 0 : requests / seconds;
  }

  String line() {
    return PREFIX + new JsonObject().put("requests", requests).put("seconds", seconds)
        .put("p50_us", p50Micros).put("p99_us", p99Micros).put("errors", errors).encode();
  }

  /** The result line in a load generator's output; fails naming the output when there is none. */
  static LoadResult parse(String output) {
    JsonObject json = resultJson(output);
    return new LoadResult(json.getLong("requests"), json.getDouble("seconds"), json.getDouble("p50_us"),
        json.getDouble("p99_us"), json.getLong("errors"));
  }

  /** The JSON of the first {@code BENCH_RESULT} line of a child process's output. */
  static JsonObject resultJson(String output) {
    return output.lines().filter(line -> line.startsWith(PREFIX)).findFirst()
        .map(line -> new JsonObject(line.substring(PREFIX.length()).trim()))
        .orElseThrow(() -> new IllegalStateException("no result line in the output:\n" + output.strip()));
  }
}
