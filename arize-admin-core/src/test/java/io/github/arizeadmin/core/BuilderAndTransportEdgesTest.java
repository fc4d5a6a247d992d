package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.testing.LogCapture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * The builder's defaults and checks (key, environment, URLs, timeouts, jitter), what closing releases,
 * and how the transport reads failures, through the client's public API against MockWebServer (and a
 * bare socket where the connection itself is the behaviour).
 */
class BuilderAndTransportEdgesTest extends MockServerTest {

  @Test
  void aBlankKeyGivenToTheBuilderIsNoKey() {
    assertThatThrownBy(() -> ArizeAdminClient.builder().apiKey("  ").baseUrl(server.url("/").toString()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("No Arize API key");
  }

  @Test
  void blankEnvironmentValuesAreUnsetAndTakeTheDefaults() {
    try (ArizeAdminClient blank = ArizeAdminClient.builder().environment(Map.of("ARIZE_API_KEY", KEY,
        "ARIZE_API_HOST", " ", "ARIZE_API_SCHEME", "", "ARIZE_API_PORT", "  ")).build()) {
      assertThat(blank.baseUrl()).isEqualTo("https://api.arize.com");
    }
  }

  @Test
  void everyPortFromZeroTo65535IsAcceptedAndNothingOutside() {
    for (String port : new String[] {"1", "65535"}) {
      try (ArizeAdminClient withPort = ArizeAdminClient.builder()
          .environment(Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_SCHEME", "http", "ARIZE_API_PORT", port)).build()) {
        assertThat(withPort.baseUrl()).isEqualTo("http://api.arize.com:" + port);
      }
    }
    for (String port : new String[] {"-1", "65536"}) {
      assertThatThrownBy(() -> ArizeAdminClient.builder()
          .environment(Map.of("ARIZE_API_KEY", KEY, "ARIZE_API_PORT", port)).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessage("ARIZE_API_PORT must be from 0 to 65535, was " + port);
    }
  }

  @Test
  void theAppUrlLosesOneTrailingSlashAndMustBeAnHttpUrl() {
    try (ArizeAdminClient slash = ArizeAdminClient.builder().apiKey(KEY).appUrl("https://app.example.com/").build();
        ArizeAdminClient plain = ArizeAdminClient.builder().apiKey(KEY).appUrl("http://app.example.com:8080").build()) {
      assertThat(slash.appUrl()).isEqualTo("https://app.example.com");
      assertThat(plain.appUrl()).isEqualTo("http://app.example.com:8080");
    }
    assertThatThrownBy(() -> ArizeAdminClient.builder().apiKey(KEY).appUrl("app.example.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Not an http(s) URL: app.example.com");
  }

  @Test
  void theBuilderNeverShowsTheKey() {
    assertThat(ArizeAdminClient.builder().apiKey(KEY).baseUrl("http://localhost:9").toString())
        .isEqualTo("ArizeAdminClient.Builder{baseUrl=http://localhost:9, apiKey=***}");
    assertThat(ArizeAdminClient.builder().toString()).isEqualTo("ArizeAdminClient.Builder{baseUrl=null, apiKey=unset}");
  }

  @Test
  void theReadTimeoutEndsAnAnswerThatStalls() {
    server.enqueue(new MockResponse().setHeadersDelay(3, TimeUnit.SECONDS)
        .setHeader("Content-Type", "application/json").setBody(list("roles", null)));
    try (ArizeAdminClient impatient = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .readTimeout(Duration.ofMillis(300)).build()) {
      assertThatThrownBy(() -> impatient.roles().list()).isInstanceOf(TransportException.class)
          .hasMessageContaining("SocketTimeoutException");
    }
  }

  @Test
  void retryWaitsAreJitteredBelowTheBackoff() {
    RetryPolicy jittered = RetryPolicy.defaults().withMaxAttempts(6).withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1))
        .withMultiplier(1.0).withJitter(1.0);
    for (int i = 0; i < 5; i++) {
      problem(503, "Service Unavailable", "busy");
    }
    json(200, list("roles", null));

    client.roles().withOptions(RequestOptions.defaults().withRetryPolicy(jittered)).list();

    assertThat(time.sleeps()).hasSize(5).allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(1)))
        .anySatisfy(wait -> assertThat(wait).isLessThan(Duration.ofSeconds(1)));
  }

  @Test
  void eachRetryIsLoggedWithTheNumberOfTheNextAttempt() {
    problem(503, "Service Unavailable", "busy");
    problem(503, "Service Unavailable", "busy");
    json(200, list("roles", null));

    client.roles().list();

    assertThat(LogCapture.events(Transport.class.getName()).stream().map(LogCapture.Event::message)
        .filter(message -> message.contains("retrying in")))
        .hasSize(2)
        .satisfiesExactly(first -> assertThat(first).startsWith("GET /v2/roles answered HTTP 503; retrying in ")
                .endsWith(" ms (attempt 2 of 4)"),
            second -> assertThat(second).endsWith(" ms (attempt 3 of 4)"));
  }

  @Test
  void everyStatusFrom500To599IsAServerError() {
    for (int status : new int[] {500, 599}) {
      problem(status, "Server", "broken");
      assertThatThrownBy(() -> client.roles().list()).as("HTTP " + status).isInstanceOf(ServerException.class);
    }
    problem(418, "Teapot", "short and stout");
    assertThatThrownBy(() -> client.roles().list()).isInstanceOf(UnexpectedStatusException.class);
    assertThat(server.getRequestCount()).as("none of them retried").isEqualTo(3);
  }

  @Test
  void aServerErrorKeepsTheServersWaitAndTheProblemsDetail() {
    server.enqueue(problemResponse(503, "Service Unavailable", "try later").setHeader("Retry-After", "7"));

    assertThatThrownBy(() -> client.roles().withOptions(RequestOptions.defaults().withoutRetries()).list())
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
          assertThat(e.problem().flatMap(ProblemDetails::detailText)).contains("try later");
        });
  }

  @Test
  void theRequestIdIsReadFromEitherHeaderXRequestIdFirst() {
    server.enqueue(problemResponse(404, "Not Found", "gone").setHeader("Request-Id", "req-plain"));
    server.enqueue(problemResponse(404, "Not Found", "gone").setHeader("Request-Id", "req-plain")
        .setHeader("X-Request-Id", "req-x"));
    String roleId = id("Role:7:aBcD");

    assertThatThrownBy(() -> client.roles().get(roleId)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.requestId()).contains("req-plain"));
    assertThatThrownBy(() -> client.roles().get(roleId)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.requestId()).contains("req-x"));
  }

  @Test
  void aUserCreationAnsweredWithoutABodyIsATransportFailure() throws Exception {
    noContent();

    assertThatThrownBy(() -> client.users().create("Ann Lee", "ann@example.com", AccountRole.MEMBER, InviteMode.NONE))
        .isInstanceOf(TransportException.class).hasMessage("POST /v2/users answered HTTP 204 without a body");
    expect("POST", "/v2/users");
  }

  @Test
  void anUnknownValueIsRefusedByNameBeforeAnyRequest() {
    assertThatThrownBy(() -> client.users().create("Ann Lee", "ann@example.com", AccountRole.MEMBER, InviteMode.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Invite mode UNKNOWN cannot be sent to the server");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closingDropsTheConnectionsTheClientOpened() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ArizeAdminClient own = ArizeAdminClient.builder().apiKey(KEY)
          .baseUrl("http://127.0.0.1:" + listener.getLocalPort()).preReleaseWarnings(false).build();
      try (Socket connection = answerOnce(listener, own)) {
        own.close();
        assertThat(connection.getInputStream().read()).as("the client closed its idle connection").isEqualTo(-1);
      }
    }
  }

  @Test
  void closingLeavesTheConnectionsOfAnInjectedHttpClientOpen() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ArizeAdminClient injected = ArizeAdminClient.builder().apiKey(KEY).okHttpClient(shared)
          .baseUrl("http://127.0.0.1:" + listener.getLocalPort()).preReleaseWarnings(false).build();
      try (Socket connection = answerOnce(listener, injected)) {
        injected.close();
        connection.setSoTimeout(500);
        assertThatThrownBy(() -> connection.getInputStream().read()).as("still open, idle in the shared pool")
            .isInstanceOf(SocketTimeoutException.class);
      }
    } finally {
      shared.connectionPool().evictAll();
    }
  }

  /** Serves one roles list on a kept-alive connection while the client asks for it; returns that connection. */
  private static Socket answerOnce(ServerSocket listener, ArizeAdminClient client) throws Exception {
    ExecutorService serverSide = Executors.newSingleThreadExecutor();
    try {
      Future<Socket> accepted = serverSide.submit(() -> {
        Socket socket = listener.accept();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String line = in.readLine();
        while (line != null && !line.isEmpty()) {
          line = in.readLine();
        }
        byte[] body = list("roles", null).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
      });
      assertThat(client.roles().list().items()).isEmpty();
      Socket socket = accepted.get(10, TimeUnit.SECONDS);
      socket.setSoTimeout(5_000);
      return socket;
    } finally {
      serverSide.shutdown();
    }
  }
}
