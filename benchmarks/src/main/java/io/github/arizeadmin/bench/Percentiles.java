package io.github.arizeadmin.bench;

import java.util.Arrays;

/** The median and 99th percentile of a set of durations (nearest rank), plus the sample count. */
record Percentiles(int count, double p50Micros, double p99Micros) {

  /** The percentiles of {@code nanos}; the array is sorted in place. */
  static Percentiles of(long[] nanos) {
    if (nanos.length == 0) {
      return new Percentiles(0, Double.NaN, Double.NaN);
    }
    Arrays.sort(nanos);
    return new Percentiles(nanos.length, rank(nanos, 50) / 1e3, rank(nanos, 99) / 1e3);
  }

  private static long rank(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  double p50Millis() {
    return p50Micros / 1e3;
  }

  double p99Millis() {
    return p99Micros / 1e3;
  }
}
