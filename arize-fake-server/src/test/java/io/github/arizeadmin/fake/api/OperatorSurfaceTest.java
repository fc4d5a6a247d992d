package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.Organization;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerException;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.internal.admin.AdminJson;
import io.github.arizeadmin.fake.state.FakeState;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorSurfaceTest extends FakeTest {
  private final HttpClient raw = HttpClient.newHttpClient();

  private HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return raw.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsOpenAndEverythingElseNeedsTheAdminKey() throws Exception {
    HttpResponse<String> health = call("GET", "/__admin/health", null, null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    for (String path : List.of("/__admin/info", "/__admin/export", "/__admin/state", "/__admin/requests")) {
      assertThat(call("GET", path, null, null).statusCode()).isEqualTo(401);
      assertThat(call("GET", path, Team.MEMBER, null).statusCode()).isEqualTo(401);
    }
    assertThat(call("POST", "/__admin/reset", "nope", null).statusCode()).isEqualTo(401);
  }

  @Test
  void infoReportsTheContractVersionAndEveryOperationImplemented() throws Exception {
    HttpResponse<String> info = call("GET", "/__admin/info", fake.adminKey(), null);
    assertThat(info.statusCode()).isEqualTo(200);
    assertThat(info.body()).contains("\"contract_version\":\"2.0.0\"").contains("\"operations_total\":43")
        .contains("\"operations_implemented\":43");
  }

  @Test
  void resetGoesBackToTheFreshState() throws Exception {
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Temp")));
    assertThat(call("POST", "/__admin/reset", fake.adminKey(), null).statusCode()).isEqualTo(204);
    assertThat(ok(admin.organizations().listOrganizations(null, null, null)).getOrganizations())
        .extracting(Organization::getName).containsExactly("Default Organization");
  }

  @Test
  void seedOverHttpReturnsIdsAndKeysAndNamesTheBadField() throws Exception {
    HttpResponse<String> seeded = call("POST", "/__admin/seed", fake.adminKey(), Team.SEED);
    assertThat(seeded.statusCode()).isEqualTo(200);
    assertThat(seeded.body()).contains("\"acme\"").contains("\"default/acme\"").contains(Team.MEMBER);
    ok(api(Team.MEMBER).organizations().listOrganizations(null, null, null));
    HttpResponse<String> bad = call("POST", "/__admin/seed", fake.adminKey(),
        "{\"accounts\":[{\"name\":\"default\",\"users\":[{\"email\":\"a@x.io\"},{\"email\":\"A@x.io\"}]}]}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("accounts[0].users[1].email: duplicate email");
    // a failed seed changes nothing
    ok(api(Team.MEMBER).organizations().listOrganizations(null, null, null));
    assertThat(call("POST", "/__admin/seed", fake.adminKey(), "{not json").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/__admin/seed", fake.adminKey(),
        "{\"accounts\":[{\"organizations\":[{\"name\":\"X\",\"members\":[{\"user\":\"ghost\"}]}]}]}").body())
        .contains("accounts[0].organizations[0].members[0].user: unknown reference 'ghost'");
  }

  @Test
  void exportIsTheSeedFormatAndRoundTrips() throws Exception {
    SeedResult ids = seed(Team.SEED);
    String exported = fake.exportState();
    assertThat(exported).doesNotContain(Team.MEMBER).contains("key_hash").contains(ids.id("acme"));
    fake.reset();
    SeedResult again = fake.seed(exported);
    assertThat(again.ids()).containsValue(ids.id("acme")).containsValue(ids.id("alpha")).containsValue(ids.id("member"));
    ok(api(Team.MEMBER).spaces().getSpace(ids.id("alpha")));
    String reexported = fake.exportState();
    ids.ids().forEach((ref, id) -> {
      if (!ref.contains("/") && !ref.contains("@arize-fake.local") && !ref.startsWith("Default")) {
        assertThat(reexported).as(ref).contains(id);
      }
    });
    assertThat(call("GET", "/__admin/export", fake.adminKey(), null).body()).contains("\"accounts\"");
  }

  @Test
  void stateOverHttpReadsBackIntoTheSameTypedSnapshot() throws Exception {
    SeedResult ids = seed(Team.SEED);
    ok(api(Team.MEMBER).organizations().listOrganizations(null, null, null)); // the key's last use is part of it
    HttpResponse<String> answer = call("GET", "/__admin/state", fake.adminKey(), null);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).contains("application/json");
    FakeState overHttp = AdminJson.state(new JsonObject(answer.body()).getMap());
    assertThat(overHttp).isEqualTo(fake.state());
    assertThat(overHttp.user("binder@example.com").orElseThrow().spaceMemberships()).hasSize(1);
    assertThat(answer.body()).doesNotContain(Team.MEMBER)
        .contains("\"role\":{\"type\":\"CUSTOM\",\"id\":\"" + ids.id("binder-role") + "\",\"name\":\"Binder\"}")
        .contains("\"custom_roles\":[").contains("\"organization_memberships\":[").contains("\"last_used_at\":\"");
  }

  @Test
  void aStateDocumentWithABadFieldIsRefusedByItsPath() {
    assertThatThrownBy(() -> AdminJson.state(Map.of("users", List.of(Map.of("id", 5)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("users.0.id: a string is required (got 5).");
    assertThatThrownBy(() -> AdminJson.state(Map.of("access", List.of(Map.of("user", Map.of("id", "u", "role", "BOSS"))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("access.0.user.role: one of [");
  }

  @Test
  void theJournalRecordsAndClears() throws Exception {
    ok(admin.organizations().listOrganizations(null, 10, null));
    status(api("ak-wrong").organizations().listOrganizations(null, null, null));
    List<JournalEntry> entries = fake.requests();
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).operationId()).isEqualTo("listOrganizations");
    assertThat(entries.get(0).query()).isEqualTo("limit=10");
    assertThat(entries.get(0).status()).isEqualTo(200);
    assertThat(entries.get(1).status()).isEqualTo(401);
    assertThat(call("GET", "/__admin/requests", fake.adminKey(), null).body()).contains("\"operation_id\":\"listOrganizations\"");
    assertThat(call("DELETE", "/__admin/requests", fake.adminKey(), null).statusCode()).isEqualTo(204);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void faultsAnswerTheNextMatchingRequestsWithRetryAfter() throws Exception {
    HttpResponse<String> added = call("POST", "/__admin/faults", fake.adminKey(),
        "{\"operation_id\":\"listSpaces\",\"status\":429,\"times\":2,\"retry_after_seconds\":7}");
    assertThat(added.statusCode()).isEqualTo(201);
    ok(admin.organizations().listOrganizations(null, null, null));
    var limited = admin.spaces().listSpaces(null, null, null, null).execute();
    assertThat(limited.code()).isEqualTo(429);
    assertThat(limited.headers().get("Retry-After")).isEqualTo("7");
    limited.errorBody().close();
    assertThat(status(admin.spaces().listSpaces(null, null, null, null))).isEqualTo(429);
    ok(admin.spaces().listSpaces(null, null, null, null));
    assertThat(call("POST", "/__admin/faults", fake.adminKey(), "{\"status\":418}").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/__admin/faults", fake.adminKey(), "{\"status\":503,\"operation_id\":\"nope\"}")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void theClockMovesOnlyForwardInJavaAndOverHttp() throws Exception {
    java.time.Instant before = fake.now();
    java.time.Instant moved = fake.advanceClock(java.time.Duration.ofMinutes(2));
    assertThat(moved).isAfterOrEqualTo(before.plus(java.time.Duration.ofMinutes(2)));
    assertThat(fake.now()).isAfterOrEqualTo(moved);
    assertThatThrownBy(() -> fake.advanceClock(java.time.Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);

    HttpResponse<String> advanced = call("POST", "/__admin/clock", fake.adminKey(), "{\"advance_seconds\":60}");
    assertThat(advanced.statusCode()).isEqualTo(200);
    java.time.Instant now = java.time.Instant.parse(advanced.body().replaceAll(".*\"now\":\"([^\"]+)\".*", "$1"));
    assertThat(now).isAfterOrEqualTo(moved.plusSeconds(60));
    HttpResponse<String> read = call("GET", "/__admin/clock", fake.adminKey(), null);
    assertThat(java.time.Instant.parse(read.body().replaceAll(".*\"now\":\"([^\"]+)\".*", "$1"))).isAfterOrEqualTo(now);
    assertThat(call("POST", "/__admin/clock", fake.adminKey(), "{\"advance_seconds\":-1}").statusCode()).isEqualTo(400);
    assertThat(call("GET", "/__admin/clock", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void deterministicIdsOnRequest() {
    FakeServerOptions options = FakeServerOptions.builder().idSeed(42L).clock(java.time.Clock.fixed(
        java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build();
    List<String> first = run(options);
    List<String> second = run(options);
    assertThat(second).isEqualTo(first);
    assertThat(first.get(3)).as("a reset gives the fresh IDs again").isEqualTo(first.get(1));
    assertThat(run(FakeServerOptions.builder().build()).get(0)).isNotEqualTo(first.get(0));
  }

  private static List<String> run(FakeServerOptions options) {
    try (ArizeFakeServer server = ArizeFakeServer.start(options)) {
      String key = server.adminKey();
      String fresh = server.exportState();
      String seeded = server.seed(Team.SEED).ids().toString() + server.exportState();
      server.reset();
      return List.of(key, fresh, seeded, server.exportState());
    }
  }

  @Test
  void aBadSeedStopsTheStartWithOneLine() {
    assertThatThrownBy(() -> ArizeFakeServer.start(FakeServerOptions.builder()
        .seedJson("{\"accounts\":[{\"users\":[{\"email\":\"x@y.z\",\"role\":\"BOSS\"}]}]}").build()))
        .isInstanceOf(FakeServerException.class)
        .hasMessage("Bad seed: accounts[0].users[0].role: 'BOSS' is not one of [ADMIN, ANNOTATOR, MEMBER].");
    assertThatThrownBy(() -> ArizeFakeServer.start(FakeServerOptions.builder().port(fake.port()).build()))
        .isInstanceOf(FakeServerException.class).hasMessageContaining("already in use");
  }
}
