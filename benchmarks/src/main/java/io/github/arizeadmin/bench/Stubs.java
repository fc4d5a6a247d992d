package io.github.arizeadmin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fake's answers to the first request of each scenario, written as WireMock mappings (method, path, query
 * and the {@code Authorization} header matched, as a WireMock user would stub an authenticated API) and as the
 * response table of the bare Vert.x handler, so every target sends the same bytes back.
 */
final class Stubs {
  private Stubs() {
  }

  static Path wiremockRoot(Layout layout) {
    return layout.dir("stubs/wiremock");
  }

  static Path bareResponses(Layout layout) {
    return layout.dir("stubs").resolve("bare-responses.json");
  }

  /** Writes both stub forms of {@code recorded} (scenario to its first call and the fake's answer). */
  static void write(Layout layout, Map<Scenario, Recorded> recorded) {
    try {
      Path mappings = Files.createDirectories(wiremockRoot(layout).resolve("mappings"));
      Files.createDirectories(wiremockRoot(layout).resolve("__files"));
      JsonArray bare = new JsonArray();
      for (Map.Entry<Scenario, Recorded> entry : recorded.entrySet()) {
        Recorded r = entry.getValue();
        Files.writeString(mappings.resolve(entry.getKey().id() + ".json"), wiremockMapping(r).encodePrettily());
        bare.add(new JsonObject().put("method", r.call().method()).put("path", r.call().path())
            .put("status", r.answer().status()).put("content_type", r.answer().contentType())
            .put("body", r.answer().body()));
      }
      Files.writeString(bareResponses(layout), bare.encodePrettily());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject wiremockMapping(Recorded recorded) {
    HttpCall call = recorded.call();
    JsonObject request = new JsonObject()
        .put("method", call.method())
        .put("urlPath", call.path())
        .put("headers", new JsonObject().put("Authorization",
            new JsonObject().put("equalTo", "Bearer " + Layout.ADMIN_KEY)));
    if (!call.query().isEmpty()) {
      JsonObject parameters = new JsonObject();
      for (String pair : call.query().split("&")) {
        int eq = pair.indexOf('=');
        parameters.put(decode(pair.substring(0, eq)), new JsonObject().put("equalTo", decode(pair.substring(eq + 1))));
      }
      request.put("queryParameters", parameters);
    }
    JsonObject response = new JsonObject()
        .put("status", recorded.answer().status())
        .put("headers", new JsonObject().put("Content-Type", recorded.answer().contentType()))
        .put("body", recorded.answer().body());
    return new JsonObject().put("request", request).put("response", response);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** A scenario's first call and the fake's answer to it. */
  record Recorded(HttpCall call, Answer answer) {
  }
}
