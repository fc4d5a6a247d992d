package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.support.ContractValidator;
import io.github.arizeadmin.fake.support.Team;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export tells the truth, and seeds back to the same state: after a random sequence of
 * operations (a fixed random seed per run, several runs), the export is seeded into a fresh fake
 * whose clock stands where the first one's does, and every list (every page) and every get, as the
 * admin, as every key the run made (revoked ones included) and as the other account, answers the
 * same, byte for byte. A failing run names its seed and the operations it made.
 */
class ExportRoundTripTest {
  private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
  private static final String ADMIN_KEY = "ak-roundtrip00000000000000000000000000000";
  private static final int OPERATIONS = 120;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> PERMISSIONS = List.of("PROJECT_READ", "PROJECT_UPDATE", "DATASET_READ",
      "SPACE_READ", "ROLE_BINDING_CREATE", "ROLE_BINDING_DELETE", "SERVICE_KEY_CREATE", "SERVICE_KEY_READ",
      "PROJECT_CREATE", "PROJECT_DELETE");

  private static ArizeFakeServer start(Instant at) {
    return ArizeFakeServer.start(FakeServerOptions.builder().adminKey(ADMIN_KEY)
        .clock(Clock.fixed(at, ZoneOffset.UTC)).build());
  }

  /** One answer, as a line: the request, the status and the body. */
  private record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Answer call(ArizeFakeServer fake, String key, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    request.header("Authorization", "Bearer " + key);
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(ContractValidator.validate(method, URI.create(fake.baseUrl() + path).getRawPath(), response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null), response.body())).as("%s %s", method, path).isEmpty();
      assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(500);
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A random run of operations against one fake, remembering what it made. */
  private static final class Run {
    private final Random random;
    private final ArizeFakeServer fake;
    private final List<String> log = new ArrayList<>();
    private final List<String> orgs = new ArrayList<>();
    private final List<String> spaces = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> bindings = new ArrayList<>();
    private final List<String> projects = new ArrayList<>();
    /** Key ID to raw key (refreshed and revoked keys stay). */
    private final Map<String, String> keys = new LinkedHashMap<>();
    /** IDs of everything ever made, deleted ones included. */
    private final Set<String> everything = new LinkedHashSet<>();
    private Instant now = START;
    private int names;

    Run(long seed, ArizeFakeServer fake) {
      this.random = new Random(seed);
      this.fake = fake;
      Map<String, String> ids = fake.seed(Team.SEED).ids();
      orgs.add(ids.get("acme"));
      spaces.add(ids.get("alpha"));
      spaces.add(ids.get("beta"));
      for (String user : List.of("member", "reader", "annotator", "orgadmin", "spaceadmin", "outsider", "binder", "plain")) {
        users.add(ids.get(user));
        emails.add(user + "@example.com");
      }
      roles.add(ids.get("binder-role"));
      roles.add(ids.get("ds"));
      projects.add(ids.get("fraud"));
      projects.add(ids.get("churn"));
      for (String key : List.of(Team.MEMBER, Team.READER, Team.ANNOTATOR, Team.ORG_ADMIN, Team.SPACE_ADMIN,
          Team.OUTSIDER, Team.BINDER)) {
        keys.put("raw:" + key, key);
      }
      everything.addAll(ids.values());
    }

    private <T> T pick(List<T> from) {
      return from.get(random.nextInt(from.size()));
    }

    private String anyKey() {
      return random.nextInt(3) == 0 ? ADMIN_KEY : pick(new ArrayList<>(keys.values()));
    }

    private String made(Answer answer, List<String> into) {
      if (answer.status() < 300 && answer.body() != null && !answer.body().isEmpty()) {
        String id = answer.json().path("id").asText(null);
        if (id != null) {
          into.add(id);
          everything.add(id);
          return id;
        }
      }
      return null;
    }

    private Answer admin(String method, String path, String body) {
      log.add(method + " " + path + (body == null ? "" : " " + body));
      return call(fake, ADMIN_KEY, method, path, body);
    }

    private Answer as(String key, String method, String path, String body) {
      log.add("as " + key.substring(0, 8) + ": " + method + " " + path + (body == null ? "" : " " + body));
      return call(fake, key, method, path, body);
    }

    private String role() {
      return random.nextInt(3) == 0 && !roles.isEmpty() ? "{\"type\":\"CUSTOM\",\"id\":\"" + pick(roles) + "\"}"
          : "{\"type\":\"PREDEFINED\",\"name\":\"" + pick(List.of("ADMIN", "MEMBER", "READ_ONLY", "ANNOTATOR")) + "\"}";
    }

    private String permissions() {
      List<String> chosen = new ArrayList<>();
      for (String p : PERMISSIONS) {
        if (random.nextInt(3) == 0) {
          chosen.add("\"" + p + "\"");
        }
      }
      return "[" + String.join(",", chosen.isEmpty() ? List.of("\"PROJECT_READ\"") : chosen) + "]";
    }

    void step() {
      int n = ++names;
      switch (random.nextInt(30)) {
        case 0 -> made(admin("POST", "/v2/organizations", "{\"name\":\"org-" + n + "\"}"), orgs);
        case 1, 2 -> made(admin("POST", "/v2/spaces", "{\"name\":\"space-" + n + "\",\"organization_id\":\""
            + pick(orgs) + "\"}"), spaces);
        case 3 -> {
          String email = random.nextInt(4) == 0 ? pick(emails) : "user" + n + "@example.com";
          emails.add(email);
          made(admin("POST", "/v2/users", "{\"name\":\"User " + n + "\",\"email\":\"" + email + "\",\"role\":"
              + "{\"type\":\"PREDEFINED\",\"name\":\"" + pick(List.of("ADMIN", "MEMBER", "MEMBER", "ANNOTATOR"))
              + "\"},\"invite_mode\":\"" + pick(List.of("NONE", "EMAIL_LINK", "TEMPORARY_PASSWORD")) + "\"}"), users);
        }
        case 4, 5 -> admin("POST", "/v2/organizations/" + pick(orgs) + "/users", "{\"user_id\":\"" + pick(users)
            + "\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"" + pick(List.of("ADMIN", "MEMBER", "READ_ONLY", "ANNOTATOR"))
            + "\"}}");
        case 6, 7 -> admin("POST", "/v2/spaces/" + pick(spaces) + "/users", "{\"user_id\":\"" + pick(users)
            + "\",\"role\":" + role() + "}");
        case 8 -> admin("DELETE", "/v2/spaces/" + pick(spaces) + "/users/" + pick(users), null);
        case 9 -> admin("DELETE", "/v2/organizations/" + pick(orgs) + "/users/" + pick(users), null);
        case 10 -> made(admin("POST", "/v2/roles", "{\"name\":\"role-" + n + "\",\"permissions\":" + permissions()
            + "}"), roles);
        case 11 -> admin("PATCH", "/v2/roles/" + pick(roles), "{\"permissions\":" + permissions() + "}");
        case 12 -> admin("DELETE", "/v2/roles/" + pick(roles), null);
        case 13, 14 -> {
          boolean space = random.nextBoolean();
          made(admin("POST", "/v2/role-bindings", "{\"user_id\":\"" + pick(users) + "\",\"role_id\":\"" + pick(roles)
              + "\",\"resource_type\":\"" + (space ? "SPACE" : "PROJECT") + "\",\"resource_id\":\""
              + (space ? pick(spaces) : pick(projects)) + "\"}"), bindings);
        }
        case 15 -> {
          if (!bindings.isEmpty()) {
            admin("PATCH", "/v2/role-bindings/" + pick(bindings), "{\"role_id\":\"" + pick(roles) + "\"}");
          }
        }
        case 16 -> {
          if (!bindings.isEmpty()) {
            admin("DELETE", "/v2/role-bindings/" + pick(bindings), null);
          }
        }
        case 17, 18 -> made(admin("POST", "/v2/projects", "{\"name\":\"project-" + n + "\",\"space_id\":\""
            + pick(spaces) + "\"}"), projects);
        case 19 -> admin("DELETE", "/v2/resource-restrictions/" + pick(projects), null);
        case 20 -> admin("POST", "/v2/resource-restrictions", "{\"resource_id\":\"" + pick(projects) + "\"}");
        case 21 -> {
          String key = anyKey();
          String expiry = random.nextBoolean() ? "" : ",\"expires_at\":\"" + now.plus(Duration.ofHours(1
              + random.nextInt(48))) + "\"";
          Answer created = as(key, "POST", "/v2/api-keys", "{\"key_type\":\"USER\",\"name\":\"key-" + n + "\"" + expiry
              + "}");
          keep(created);
        }
        case 22 -> {
          String space = pick(spaces);
          String org = orgOf(space);
          if (org != null) {
            keep(admin("POST", "/v2/api-keys", "{\"key_type\":\"SERVICE\",\"name\":\"bot-" + n + "\",\"organizations\":"
                + "[{\"org_id\":\"" + org + "\",\"spaces\":[{\"space_id\":\"" + space + "\",\"role\":" + role().replace(
                    "\"ANNOTATOR\"", "\"MEMBER\"") + "}]}]}"));
          }
        }
        case 23, 24 -> {
          List<String> ids = keys.keySet().stream().filter(k -> !k.startsWith("raw:")).toList();
          if (!ids.isEmpty()) {
            String expiry = random.nextBoolean() ? "" : "\"expires_at\":\"" + now.plus(Duration.ofMinutes(30)) + "\",";
            keep(admin("POST", "/v2/api-keys/" + pick(ids) + "/refresh", "{" + expiry + "\"grace_period_seconds\":"
                + pick(List.of(0, 60, 3600, 7200)) + "}"));
          }
        }
        case 25 -> {
          List<String> ids = keys.keySet().stream().filter(k -> !k.startsWith("raw:")).toList();
          if (!ids.isEmpty()) {
            admin("PUT", "/v2/api-keys/" + pick(ids) + "/revoke", null);
          }
        }
        case 26 -> {
          Duration by = Duration.ofSeconds(random.nextInt(3 * 3600));
          log.add("advance the clock " + by);
          fake.advanceClock(by);
          now = now.plus(by);
        }
        case 27 -> as(anyKey(), "GET", "/v2/organizations", null);
        case 28 -> admin("POST", "/v2/users/" + pick(users) + "/resend-invitation", null);
        default -> {
          switch (random.nextInt(4)) {
            case 0 -> admin("DELETE", "/v2/projects/" + pick(projects), null);
            case 1 -> admin("DELETE", "/v2/spaces/" + pick(spaces), null);
            case 2 -> admin("DELETE", "/v2/users/" + pick(users), null);
            default -> admin("PATCH", "/v2/users/" + pick(users), "{\"name\":\"Renamed " + n + "\",\"is_developer\":"
                + random.nextBoolean() + "}");
          }
        }
      }
    }

    private void keep(Answer created) {
      if (created.status() < 300) {
        JsonNode body = created.json();
        keys.put(body.get("id").asText(), body.get("key").asText());
        everything.add(body.get("id").asText());
        if (body.has("bot_user")) {
          everything.add(body.get("bot_user").get("id").asText());
        }
      }
    }

    private String orgOf(String space) {
      for (String org : orgs) {
        Answer listed = call(fake, ADMIN_KEY, "GET", "/v2/spaces?limit=100&org_id=" + q(org), null);
        if (listed.status() == 200 && listed.body().contains(space)) {
          return org;
        }
      }
      return null;
    }
  }

  /** Every page of a list, following the cursors. */
  private static List<String> pages(ArizeFakeServer fake, String key, String path, List<String> lines) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      String page = path + (path.contains("?") ? "&" : "?") + "limit=7" + (cursor == null ? "" : "&cursor=" + q(cursor));
      Answer answer = call(fake, key, "GET", page, null);
      lines.add("GET " + page + " -> " + answer.status() + " " + answer.body());
      if (answer.status() != 200) {
        return ids;
      }
      JsonNode body = answer.json();
      body.fields().forEachRemaining(field -> {
        if (field.getValue().isArray()) {
          field.getValue().forEach(item -> {
            if (item.has("id")) {
              ids.add(item.get("id").asText());
            }
          });
        }
      });
      cursor = body.get("pagination").path("next_cursor").asText(null);
    } while (cursor != null);
    return ids;
  }

  /**
   * What a fake answers to every list and get: the requests are derived from this fake's own
   * answers and from the run's IDs, so the same walk on a copy asks the same questions.
   */
  private static List<String> observe(ArizeFakeServer fake, Run run) {
    List<String> lines = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>(run.everything);
    for (String list : List.of("/v2/organizations", "/v2/spaces", "/v2/users?status=ACTIVE&status=INVITED&status=EXPIRED",
        "/v2/roles", "/v2/role-bindings?resource_type=SPACE", "/v2/role-bindings?resource_type=PROJECT",
        "/v2/resource-restrictions", "/v2/projects")) {
      ids.addAll(pages(fake, ADMIN_KEY, list, lines));
    }
    for (String id : ids) {
      for (String get : List.of("/v2/organizations/", "/v2/spaces/", "/v2/users/", "/v2/roles/", "/v2/role-bindings/",
          "/v2/projects/")) {
        String type = new String(java.util.Base64.getDecoder().decode(id), StandardCharsets.UTF_8).split(":")[0];
        if (get.contains(Map.of("Organization", "organizations", "Space", "spaces", "User", "users", "Role", "roles",
            "RoleBinding", "role-bindings", "Model", "projects").getOrDefault(type, "-"))) {
          Answer answer = call(fake, ADMIN_KEY, "GET", get + q(id), null);
          lines.add("GET " + get + id + " -> " + answer.status() + " " + answer.body());
        }
      }
      if (id.startsWith("VXNlcj")) {
        for (String type : List.of("USER", "SERVICE")) {
          for (String status : List.of("ACTIVE", "REVOKED")) {
            pages(fake, ADMIN_KEY, "/v2/api-keys?user_id=" + q(id) + "&key_type=" + type + "&status=" + status, lines);
          }
        }
      }
      if (id.startsWith("U3BhY2")) {
        for (String status : List.of("ACTIVE", "REVOKED")) {
          pages(fake, ADMIN_KEY, "/v2/api-keys?space_id=" + q(id) + "&status=" + status, lines);
        }
      }
    }
    List<String> callers = new ArrayList<>(run.keys.values());
    callers.add(Team.OTHER_ADMIN);
    for (String key : callers) {
      for (String list : List.of("/v2/organizations", "/v2/spaces", "/v2/projects", "/v2/api-keys",
          "/v2/resource-restrictions", "/v2/role-bindings?resource_type=SPACE")) {
        pages(fake, key, list, lines);
      }
    }
    return lines;
  }

  @ParameterizedTest(name = "random seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void anExportSeedsAFreshFakeThatAnswersEveryListAndGetTheSame(long seed) {
    try (ArizeFakeServer original = start(START)) {
      Run run = new Run(seed, original);
      for (int i = 0; i < OPERATIONS; i++) {
        run.step();
      }
      String export = original.exportState();
      try (ArizeFakeServer copy = start(run.now)) {
        copy.seed(export);
        List<String> expected = observe(original, run);
        List<String> actual = observe(copy, run);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
          assertThat(actual.get(i)).as("random seed %d, after:%n%s", seed, String.join("\n", run.log))
              .isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(copy.exportState()).as("both export the same, after the same calls").isEqualTo(original.exportState());
      }
    }
  }

  @Test
  void theExportShowsAKeyRevokedWhenItsGracePeriodEndedAndTheSeededCopyRejectsIt() {
    try (ArizeFakeServer fake = start(START)) {
      Answer created = call(fake, ADMIN_KEY, "POST", "/v2/api-keys", "{\"key_type\":\"USER\",\"name\":\"ci\"}");
      String id = created.json().get("id").asText();
      String raw = created.json().get("key").asText();
      assertThat(call(fake, ADMIN_KEY, "POST", "/v2/api-keys/" + id + "/refresh", "{\"grace_period_seconds\":60}")
          .status()).isEqualTo(200);
      assertThat(call(fake, raw, "GET", "/v2/organizations", null).status()).as("in the grace period").isEqualTo(200);
      fake.advanceClock(Duration.ofSeconds(61));

      assertThat(call(fake, ADMIN_KEY, "GET", "/v2/api-keys?status=REVOKED", null).body()).contains(id);
      assertThat(call(fake, raw, "GET", "/v2/organizations", null).status()).isEqualTo(401);
      JsonNode exported = new Answer(200, fake.exportState()).json();
      JsonNode key = exported.findValues("api_keys").stream().flatMap(keys -> java.util.stream.StreamSupport
          .stream(keys.spliterator(), false)).filter(k -> k.get("id").asText().equals(id)).findFirst().orElseThrow();
      assertThat(key.get("status").asText()).isEqualTo("REVOKED");

      try (ArizeFakeServer copy = start(START.plusSeconds(61))) {
        copy.seed(fake.exportState());
        assertThat(call(copy, raw, "GET", "/v2/organizations", null).status()).isEqualTo(401);
        assertThat(call(copy, ADMIN_KEY, "GET", "/v2/api-keys?status=REVOKED", null).body()).contains(id);
      }
    }
  }
}
