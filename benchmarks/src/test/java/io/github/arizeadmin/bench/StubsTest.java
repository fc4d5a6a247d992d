package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The stubs answer what the fake answered: WireMock standalone (as a process) and the bare Vert.x handler. */
class StubsTest {
  @TempDir
  static Path work;
  private static Layout layout;
  private static final Map<Scenario, Stubs.Recorded> RECORDED = new EnumMap<>(Scenario.class);

  @BeforeAll
  static void recordFromTheFake() {
    layout = TestLayouts.in(work);
    try (ArizeFakeServer fake = Fakes.start()) {
      Http http = new Http();
      URI base = URI.create(fake.baseUrl());
      ThroughputFixture fixture = ThroughputFixture.seed(http, base);
      for (Scenario scenario : Scenario.values()) {
        HttpCall first = scenario.calls(fixture).get(0);
        RECORDED.put(scenario, new Stubs.Recorded(first, http.expectOk(base, first)));
      }
    }
    Stubs.write(layout, RECORDED);
  }

  @Test
  // Longer than the build's default per-test timeout: it starts WireMock as a JVM process (up to 2 minutes).
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void wiremockServesTheFakesAnswersOnlyToAuthenticatedRequests() throws Exception {
    assertThat(Target.WIREMOCK.missing(layout)).isEmpty();
    try (Running wiremock = Running.start(Target.WIREMOCK, layout, Cpus.all(), Duration.ofMinutes(2), "wiremock")) {
      Http http = new Http();
      for (Stubs.Recorded recorded : RECORDED.values()) {
        Answer answer = http.send(wiremock.base(), recorded.call());
        assertThat(answer.status()).isEqualTo(recorded.answer().status());
        assertThat(answer.contentType()).isEqualTo(recorded.answer().contentType());
        assertThat(answer.body()).isEqualTo(recorded.answer().body());
        assertThat(statusWithoutKey(wiremock.base(), recorded.call())).isEqualTo(404);
      }
      assertThat(http.send(wiremock.base(), HttpCall.get("/v2/spaces?name=space-043")).status()).isEqualTo(404);
    }
  }

  @Test
  void theBareHandlerServesTheFakesAnswersByMethodAndPath() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      JsonArray table = new JsonArray(Files.readString(Stubs.bareResponses(layout)));
      HttpServer server = BareVertx.start(vertx, 0, table).toCompletionStage().toCompletableFuture().get();
      URI base = URI.create("http://127.0.0.1:" + server.actualPort());
      Http http = new Http();
      for (Stubs.Recorded recorded : RECORDED.values()) {
        Answer answer = http.send(base, recorded.call());
        assertThat(answer.status()).isEqualTo(recorded.answer().status());
        assertThat(answer.contentType()).isEqualTo(recorded.answer().contentType());
        assertThat(answer.body()).isEqualTo(recorded.answer().body());
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get();
    }
  }

  private static int statusWithoutKey(URI base, HttpCall call) throws IOException, InterruptedException {
    HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(call.body());
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + call.target()))
        .method(call.method(), body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
