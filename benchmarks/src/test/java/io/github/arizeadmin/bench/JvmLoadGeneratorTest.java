package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fallback load generator counts answers and errors correctly (how fast is never asserted). */
class JvmLoadGeneratorTest {
  private Vertx server;
  private Vertx client;
  private URI base;

  @BeforeEach
  void startABareServer() throws Exception {
    server = Vertx.vertx();
    client = Vertx.vertx();
    JsonArray table = new JsonArray()
        .add(row("GET", "/ok", 200, "{\"ok\":true}"))
        .add(row("POST", "/created", 201, "{\"id\":\"1\"}"))
        .add(row("GET", "/broken", 500, "{\"title\":\"Internal Server Error\"}"));
    HttpServer http = BareVertx.start(server, 0, table).toCompletionStage().toCompletableFuture().get();
    base = URI.create("http://127.0.0.1:" + http.actualPort());
    // Loads the client's and server's classes: on a busy machine a cold first request can outlast a short run.
    JvmLoadGenerator.run(client, base, 1, 0, 500, new JsonArray().add(HttpCall.get("/ok").toJson()));
  }

  @AfterEach
  void stop() throws Exception {
    client.close().toCompletionStage().toCompletableFuture().get();
    server.close().toCompletionStage().toCompletableFuture().get();
  }

  @Test
  void successfulAnswersAreCountedWithoutErrors() throws Exception {
    JsonArray calls = new JsonArray().add(HttpCall.get("/ok").toJson()).add(HttpCall.post("/created", "{}").toJson());
    LoadResult result = JvmLoadGenerator.run(client, base, 4, 200, 1500, calls);
    assertThat(result.requests()).isPositive();
    assertThat(result.errors()).isZero();
    assertThat(result.seconds()).isEqualTo(1.5);
    assertThat(result.p99Micros()).isGreaterThanOrEqualTo(result.p50Micros()).isPositive();
  }

  @Test
  void everyNon2xxAnswerIsAnError() throws Exception {
    JsonArray calls = new JsonArray().add(HttpCall.get("/broken").toJson());
    LoadResult result = JvmLoadGenerator.run(client, base, 2, 0, 1500, calls);
    assertThat(result.requests()).isPositive();
    assertThat(result.errors()).isEqualTo(result.requests());
  }

  private static JsonObject row(String method, String path, int status, String body) {
    return new JsonObject().put("method", method).put("path", path).put("status", status)
        .put("content_type", "application/json").put("body", body);
  }
}
