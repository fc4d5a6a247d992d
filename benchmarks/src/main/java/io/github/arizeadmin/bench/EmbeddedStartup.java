package io.github.arizeadmin.bench;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Times {@code ArizeFakeServer.start} in this JVM: the first start (class loading, the contract, Netty), then
 * {@code N} more start-and-close cycles, as a test suite that starts a fake per class does. Started by the
 * benchmark in a fresh JVM as {@code EmbeddedStartup <N>}; prints {@code BENCH_RESULT} with the times in ms.
 */
public final class EmbeddedStartup {
  private EmbeddedStartup() {
  }

  /**
   * Starts and stops the fake {@code 1 + N} times and prints the start times.
   *
   * @param args the number of starts after the first
   */
  public static void main(String[] args) {
    int later = Integer.parseInt(args[0]);
    FakeServerOptions options = FakeServerOptions.builder().port(0).build();
    long start = System.nanoTime();
    ArizeFakeServer.start(options).close();
    double first = (System.nanoTime() - start) / 1e6;
    JsonArray laterMillis = new JsonArray();
    for (int i = 0; i < later; i++) {
      long t = System.nanoTime();
      ArizeFakeServer fake = ArizeFakeServer.start(options);
      laterMillis.add((System.nanoTime() - t) / 1e6);
      fake.close();
    }
    System.out.println(LoadResult.PREFIX + new JsonObject().put("first_ms", first).put("later_ms", laterMillis).encode());
  }
}
