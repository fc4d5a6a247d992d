package io.github.arizeadmin.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One client sending requests one after another and timing each (latency without queueing): a warm-up for the
 * JIT, then the measured requests, cycling through the calls given. A slow server ends the measurement at the
 * time budget, with fewer samples (at least {@value #MINIMUM}).
 */
final class Sampler {
  static final int MINIMUM = 20;

  private final Http http;
  private final URI base;

  Sampler(Http http, URI base) {
    this.http = http;
    this.base = base;
  }

  /** Times {@code samples} requests after {@code warmup} untimed ones; every answer must be 2xx. */
  Percentiles sample(List<HttpCall> calls, int warmup, int samples, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    for (int i = 0; i < warmup && (i < MINIMUM || System.nanoTime() < deadline); i++) {
      http.expectOk(base, calls.get(i % calls.size()));
    }
    deadline = System.nanoTime() + budget.toNanos();
    long[] nanos = new long[samples];
    int taken = 0;
    while (taken < samples && (taken < MINIMUM || System.nanoTime() < deadline)) {
      HttpCall call = calls.get(taken % calls.size());
      long start = System.nanoTime();
      http.expectOk(base, call);
      nanos[taken++] = System.nanoTime() - start;
    }
    return Percentiles.of(Arrays.copyOf(nanos, taken));
  }
}
