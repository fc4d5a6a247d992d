package io.github.arizeadmin.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The ceiling of the throughput comparison: a Vert.x HTTP server with one handler that answers each request
 * with a fixed JSON body from a table (method and path to status, type and body) and nothing else: no routing,
 * no authentication, no validation. Started by the benchmark as {@code BareVertx <port> <responses.json>}.
 */
public final class BareVertx {
  static final String READY_LINE = "Bare Vert.x handler listening on http://";

  private BareVertx() {
  }

  /**
   * Starts the server on 127.0.0.1 and prints the ready line; runs until the process is stopped.
   *
   * @param args the port, then the response table written by the benchmark
   * @throws Exception when the table cannot be read or the port cannot be bound
   */
  public static void main(String[] args) throws Exception {
    JsonArray table = new JsonArray(Files.readString(Path.of(args[1])));
    HttpServer server = start(Vertx.vertx(), Integer.parseInt(args[0]), table).toCompletionStage()
        .toCompletableFuture().get();
    System.out.println(READY_LINE + "127.0.0.1:" + server.actualPort());
  }

  /** Starts the handler on {@code port} (0: any free port) answering from {@code table}. */
  static Future<HttpServer> start(Vertx vertx, int port, JsonArray table) {
    Map<String, Fixed> responses = new HashMap<>();
    Fixed fallback = null;
    for (int i = 0; i < table.size(); i++) {
      JsonObject row = table.getJsonObject(i);
      Fixed fixed = new Fixed(row.getInteger("status"), HttpHeaders.createOptimized(row.getString("content_type")),
          row.getString("body").getBytes(StandardCharsets.UTF_8));
      responses.put(row.getString("method") + " " + row.getString("path"), fixed);
      fallback = fallback == null ? fixed : fallback;
    }
    Fixed otherwise = fallback == null ? new Fixed(200, HttpHeaders.createOptimized("application/json"),
        "{}".getBytes(StandardCharsets.UTF_8)) : fallback;
    return vertx.createHttpServer()
        .requestHandler(request -> {
          Fixed fixed = responses.getOrDefault(request.method().name() + " " + request.path(), otherwise);
          request.response()
              .setStatusCode(fixed.status())
              .putHeader(HttpHeaders.CONTENT_TYPE, fixed.contentType())
              .end(Buffer.buffer(fixed.body()));
        })
        .listen(port, "127.0.0.1");
  }

  private record Fixed(int status, CharSequence contentType, byte[] body) {
  }
}
