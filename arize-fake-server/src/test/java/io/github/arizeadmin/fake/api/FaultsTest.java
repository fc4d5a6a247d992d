package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.fake.Delay;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Injected faults, in Java ({@code fake.injectFault}) and over HTTP ({@code /__admin/faults}):
 * fail N times then succeed, a fixed or random delay (alone or before a failure), a dropped and a
 * reset connection, the list of pending faults, and the Problems for bad input.
 */
class FaultsTest extends FakeTest {
  /** Without the contract check: a fault's status may be one the contract does not declare, as a gateway's would be. */
  private static final OkHttpClient PLAIN = new OkHttpClient();

  @BeforeEach
  void adminWithoutTheContractCheck() {
    admin = ArizeApi.builder().baseUrl(fake.baseUrl()).apiKey(fake.adminKey()).okHttpClient(PLAIN).build();
  }

  @Test
  void aFaultFailsTheGivenNumberOfRequestsThenTheyAreAnsweredAsUsual() {
    fake.injectFault(Fault.status(503).forOperation("listOrganizations").times(2));

    assertThat(fake.faults()).containsExactly(new Fault("listOrganizations", 2, 503, null, null, null));
    ok(admin.spaces().listSpaces(null, null, null, null)); // another operation is not touched
    assertThat(fails(503, admin.organizations().listOrganizations(null, null, null)).getDetail()).contains("injected fault");
    assertThat(fake.faults()).extracting(Fault::times).containsExactly(1);
    fails(503, admin.organizations().listOrganizations(null, null, null));
    assertThat(fake.faults()).isEmpty();
    ok(admin.organizations().listOrganizations(null, null, null));
    assertThat(fake.requests("listOrganizations")).extracting(JournalEntry::status).containsExactly(503, 503, 200);
  }

  @Test
  void faultsApplyInTheOrderTheyWereInjectedAndAnyOperationMeansEveryOne() {
    fake.injectFault(Fault.status(500));
    fake.injectFault(Fault.status(429).forOperation("listSpaces").retryAfterSeconds(9));
    fake.injectFault(Fault.status(502).times(2));

    fails(500, admin.spaces().listSpaces(null, null, null, null));
    var limited = execute(admin.spaces().listSpaces(null, null, null, null));
    assertThat(limited.code()).isEqualTo(429);
    assertThat(limited.headers().get("Retry-After")).isEqualTo("9");
    fails(502, admin.users().listUsers(null, null, null, null));
    fails(502, admin.spaces().listSpaces(null, null, null, null));
    ok(admin.spaces().listSpaces(null, null, null, null));
  }

  @Test
  void a429AlwaysCarriesRetryAfter() {
    assertThat(Fault.status(429).retryAfterSeconds()).isEqualTo(1);
    assertThat(Fault.status(503).retryAfterSeconds()).isNull();
    fake.injectFault(Fault.status(429));
    var limited = execute(admin.organizations().listOrganizations(null, null, null));
    assertThat(limited.headers().get("Retry-After")).isEqualTo("1");
  }

  @Test
  void aDelayHoldsTheAnswerBackThenTheRealAnswerComes() {
    fake.injectFault(Fault.latency(Duration.ofMillis(400)).forOperation("createOrganization"));

    long start = System.nanoTime();
    var created = ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Slow")));
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(created.getName()).isEqualTo("Slow");
    // a timer never fires early: the lower bound is the behaviour, whatever the machine's load
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
  }

  @Test
  void aDelayCanComeBeforeAFailureAndBeRandomBetweenBounds() {
    fake.injectFault(Fault.status(500).afterDelay(Duration.ofMillis(300), Duration.ofMillis(350)).times(2));

    for (int i = 0; i < 2; i++) {
      long start = System.nanoTime();
      fails(500, admin.organizations().listOrganizations(null, null, null));
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }
    ok(admin.organizations().listOrganizations(null, null, null));
  }

  @Test
  void aDroppedConnectionIsClosedWithoutAnAnswerAndJournaledWithStatusZero() throws IOException {
    fake.injectFault(Fault.dropConnection().forOperation("listUsers"));

    try (Socket socket = rawRequest("/v2/users")) {
      InputStream in = socket.getInputStream();
      assertThat(in.read()).as("end of stream, not a byte of an answer").isEqualTo(-1);
    }
    assertThat(fake.requests("listUsers")).singleElement()
        .satisfies(entry -> assertThat(entry.status()).isZero());
    ok(admin.users().listUsers(null, null, null, null));
  }

  @Test
  void aResetConnectionIsResetByPeer() throws IOException {
    fake.injectFault(Fault.resetConnection().afterDelay(Duration.ofMillis(50)));

    try (Socket socket = rawRequest("/v2/organizations")) {
      InputStream in = socket.getInputStream();
      assertThatThrownBy(in::read).isInstanceOf(SocketException.class).hasMessageContaining("Connection reset");
    }
    assertThat(fake.requests()).extracting(JournalEntry::status).containsExactly(0);
  }

  @Test
  void theSameFaultsOverHttpWithTheirListAndClear() {
    RawHttp.Answer added = admin("POST", "/__admin/faults", """
        {"operation_id": "createUser", "times": 3, "connection": "DROP",
         "delay": {"type": "UNIFORM", "min_ms": 10, "max_ms": 20}}""");
    assertThat(added.status()).isEqualTo(201);
    admin("POST", "/__admin/faults", "{\"status\": 503, \"delay\": {\"type\": \"FIXED\", \"ms\": 5}}");

    assertThat(fake.faults()).containsExactly(
        Fault.dropConnection().forOperation("createUser").times(3).afterDelay(Duration.ofMillis(10), Duration.ofMillis(20)),
        Fault.status(503).afterDelay(Duration.ofMillis(5)));
    assertThat(admin("GET", "/__admin/faults", null).body()).isEqualTo("{\"faults\":["
        + "{\"operation_id\":\"createUser\",\"times\":3,\"connection\":\"DROP\",\"delay\":{\"type\":\"UNIFORM\",\"min_ms\":10,\"max_ms\":20}},"
        + "{\"times\":1,\"status\":503,\"delay\":{\"type\":\"FIXED\",\"ms\":5}}]}");
    assertThat(admin("DELETE", "/__admin/faults", null).status()).isEqualTo(204);
    assertThat(fake.faults()).isEmpty();
  }

  @Test
  void badFaultsAreProblemsNamingTheField() {
    Map<String, String> refused = Map.ofEntries(
        Map.entry("{\"status\": 418}", "status: one of [429, 500, 502, 503, 504] is required (got 418)."),
        Map.entry("{\"status\": 503, \"times\": 0}", "times: a positive integer is required (got 0)."),
        Map.entry("{\"status\": 503, \"times\": \"2\"}", "times: an integer is required (got '2')."),
        Map.entry("{\"status\": 503, \"time\": 2}", "time: not a field of a fault; its fields are operation_id, times,"
            + " status, retry_after_seconds, connection, delay."),
        Map.entry("{\"status\": 503, \"operation_id\": \"nope\"}", "operation_id: 'nope' is not an operation of the contract."),
        Map.entry("{\"status\": 503, \"connection\": \"DROP\"}", "status, connection: a fault answers a status or drops"
            + " the connection, not both."),
        Map.entry("{\"connection\": \"CLOSE\"}", "connection: one of [DROP, RESET] is required (got 'CLOSE')."),
        Map.entry("{\"times\": 2}", "A fault needs a status, a connection (DROP or RESET) or a delay."),
        Map.entry("{\"connection\": \"RESET\", \"retry_after_seconds\": 5}",
            "retry_after_seconds: a non-negative integer, with a status, is required."),
        Map.entry("{\"delay\": {\"type\": \"UNIFORM\", \"min_ms\": 300, \"max_ms\": 100}}", "delay: between 0 and 300000 ms,"
            + " with the lower bound not above the upper one, is required (got 300 to 100 ms)."),
        Map.entry("{\"delay\": {\"type\": \"FIXED\", \"ms\": 300001}}", "delay: between 0 and 300000 ms, with the lower"
            + " bound not above the upper one, is required (got 300001 ms)."),
        Map.entry("{\"delay\": {\"type\": \"FIXED\"}}", "delay.ms: a whole number of milliseconds is required."),
        Map.entry("{\"delay\": {\"type\": \"SLOW\"}}", "delay.type: FIXED (with ms) or UNIFORM (with min_ms and max_ms) is required."),
        Map.entry("{\"delay\": 200}", "delay: a JSON object is required."),
        Map.entry("[1]", "A JSON object is required."));
    refused.forEach((body, detail) -> {
      RawHttp.Answer answer = admin("POST", "/__admin/faults", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
      assertThat(answer.body()).as(body).contains("\"detail\":\"" + detail + "\"");
    });
    assertThat(fake.faults()).as("nothing refused was injected").isEmpty();
  }

  @Test
  void badFaultsInJavaAreIllegalArguments() {
    assertThatThrownBy(() -> Fault.status(404)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("status:");
    assertThatThrownBy(() -> Fault.status(503).times(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.dropConnection().retryAfterSeconds(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Delay.LONGEST.plusMillis(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.injectFault(Fault.status(503).forOperation("listUser")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("operation_id: 'listUser' is not an operation of the contract.");
    assertThat(fake.faults()).isEmpty();
  }

  /** Sends a GET as the admin on a socket of its own and returns the socket, before reading. */
  private Socket rawRequest(String path) throws IOException {
    URI base = URI.create(fake.baseUrl());
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(20_000);
    socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: fake\r\nAuthorization: Bearer " + fake.adminKey()
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return socket;
  }

  private RawHttp.Answer admin(String method, String path, String body) {
    return RawHttp.send(fake.baseUrl(), method, path, body == null ? List.of("Authorization: Bearer " + fake.adminKey())
        : List.of("Authorization: Bearer " + fake.adminKey(), "Content-Type: application/json"),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> retrofit2.Response<T> execute(retrofit2.Call<T> call) {
    try {
      retrofit2.Response<T> response = call.execute();
      if (response.errorBody() != null) {
        response.errorBody().close();
      }
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
