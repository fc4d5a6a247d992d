package io.github.arizeadmin.bench;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A closed-loop load generator for machines without wrk: N connections, each sending its next request when the
 * previous answer has arrived (as wrk does), for a warm-up and then a measured period, on one Vert.x event
 * loop. Prints the same result line as the wrk script. Started by the benchmark as
 * {@code JvmLoadGenerator <base-url> <connections> <warmup-ms> <duration-ms> <calls.json>}.
 */
public final class JvmLoadGenerator {
  private final HttpClientAgent client;
  private final List<RequestOptions> requests = new ArrayList<>();
  private final List<Buffer> bodies = new ArrayList<>();
  private final long measureFrom;
  private final long measureUntil;
  private final CompletableFuture<Void> finished = new CompletableFuture<>();
  private long[] latencies = new long[1 << 16];
  private long recorded;
  private long errors;
  private long next;
  private int running;

  private JvmLoadGenerator(HttpClientAgent client, URI base, JsonArray calls, long warmupMillis, long durationMillis) {
    this.client = client;
    for (int i = 0; i < calls.size(); i++) {
      HttpCall call = HttpCall.fromJson(calls.getJsonObject(i));
      RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(call.method()))
          .setHost(base.getHost()).setPort(base.getPort()).setURI(call.target())
          .putHeader("Authorization", "Bearer " + Layout.ADMIN_KEY);
      if (call.body() != null) {
        options.putHeader("Content-Type", "application/json");
      }
      requests.add(options);
      bodies.add(call.body() == null ? null : Buffer.buffer(call.body()));
    }
    long now = System.nanoTime();
    this.measureFrom = now + warmupMillis * 1_000_000;
    this.measureUntil = measureFrom + durationMillis * 1_000_000;
  }

  /**
   * Runs the load and prints the result line.
   *
   * @param args the base URL, the number of connections, the warm-up and measured durations in milliseconds,
   *     and the JSON file of calls written by the benchmark
   * @throws Exception when the calls cannot be read or the run fails
   */
  public static void main(String[] args) throws Exception {
    int connections = Integer.parseInt(args[1]);
    JsonArray calls = new JsonArray(Files.readString(Path.of(args[4])));
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    try {
      LoadResult result = run(vertx, URI.create(args[0]), connections, Long.parseLong(args[2]),
          Long.parseLong(args[3]), calls);
      System.out.println(result.line());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }

  /** Runs the load on {@code vertx}'s event loop and returns the measured part. */
  static LoadResult run(Vertx vertx, URI base, int connections, long warmupMillis, long durationMillis,
      JsonArray calls) throws Exception {
    HttpClientAgent client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(connections));
    JvmLoadGenerator generator = new JvmLoadGenerator(client, base, calls, warmupMillis, durationMillis);
    Context context = vertx.getOrCreateContext();
    context.runOnContext(ignored -> {
      generator.running = connections;
      for (int i = 0; i < connections; i++) {
        generator.send();
      }
    });
    generator.finished.get();
    client.close().toCompletionStage().toCompletableFuture().get();
    return generator.result(durationMillis);
  }

  // Runs on the event loop only, so the counters need no locking.
  private void send() {
    long start = System.nanoTime();
    if (start >= measureUntil) {
      if (--running == 0) {
        finished.complete(null);
      }
      return;
    }
    int i = (int) (next++ % requests.size());
    Buffer body = bodies.get(i);
    client.request(requests.get(i))
        .compose(request -> body == null ? request.send() : request.send(body))
        .compose(response -> response.body().map(ignored -> response.statusCode()))
        .onComplete(answer -> {
          long end = System.nanoTime();
          if (start >= measureFrom && end < measureUntil) {
            if (answer.failed() || answer.result() < 200 || answer.result() >= 300) {
              errors++;
            }
            record(end - start);
          }
          send();
        });
  }

  private void record(long nanos) {
    if (recorded == latencies.length) {
      latencies = Arrays.copyOf(latencies, latencies.length * 2);
    }
    latencies[(int) recorded++] = nanos;
  }

  private LoadResult result(long durationMillis) {
    Percentiles percentiles = Percentiles.of(Arrays.copyOf(latencies, (int) recorded));
    return new LoadResult(recorded, durationMillis / 1000.0, percentiles.p50Micros(), percentiles.p99Micros(), errors);
  }
}
