package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleRequest;
import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.InviteMode;
import io.github.arizeadmin.api.generated.model.Permission;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding and verifying journaled requests by operation, method, path, query, body fields and
 * status, in Java ({@code fake.requests(pattern)}, {@code fake.verify(...)}) and over HTTP
 * ({@code /__admin/requests/find}, {@code /__admin/requests/verify}), with a failure message that
 * says what was expected and lists what was received.
 */
class VerificationTest extends FakeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Five requests: two users created, a list, an organization created, a delete that answers 404. */
  @BeforeEach
  void someTraffic() {
    ok(admin.users().createUser(new CreateUserRequest().name("Jane").email("jane@example.com").role(userRole("MEMBER"))
        .inviteMode(InviteMode.NONE)));
    ok(admin.users().createUser(new CreateUserRequest().name("John").email("john@example.com").role(userRole("ADMIN"))
        .inviteMode(InviteMode.NONE)));
    ok(admin.users().listUsers(5, null, null, null));
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Acme")));
    status(admin.users().deleteUser("VXNlcjo5OTk5OTk6bm9wZQ=="));
  }

  @Test
  void requestsAreFoundByEveryCriterion() {
    assertThat(fake.requests(RequestPattern.operation("createUser"))).hasSize(2);
    assertThat(fake.requests(RequestPattern.anyRequest())).hasSize(5);
    assertThat(fake.requests(RequestPattern.anyRequest().withMethod("post"))).hasSize(3);
    assertThat(fake.requests(RequestPattern.anyRequest().withPath("/v2/users"))).hasSize(3);
    assertThat(fake.requests(RequestPattern.operation("listUsers").withQueryParam("limit", "5"))).hasSize(1);
    assertThat(fake.requests(RequestPattern.operation("listUsers").withQueryParam("limit", "50"))).isEmpty();
    assertThat(fake.requests(RequestPattern.operation("createUser").withBodyField("email", "john@example.com")))
        .extracting(JournalEntry::body).singleElement().asString().contains("John");
    assertThat(fake.requests(RequestPattern.anyRequest().withBodyField("role.name", "MEMBER"))).hasSize(1);
    assertThat(fake.requests(RequestPattern.operation("createOrganization").withBodyField("description", null))).hasSize(1);
    assertThat(fake.requests(RequestPattern.anyRequest().withStatus(404)))
        .extracting(JournalEntry::operationId).containsExactly("deleteUser");
    assertThat(fake.requests(RequestPattern.anyRequest().withStatus(201).withMethod("POST").withPath("/v2/users")
        .withBodyField("name", "Jane"))).hasSize(1);
  }

  @Test
  void bodyFieldsMatchArrayItemsNumbersByValueAndBooleans() {
    ok(admin.roles().createRole(new CreateRoleRequest().name("Scientist")
        .permissions(List.of(Permission.PROJECT_READ, Permission.DATASET_READ))));
    // the fake refuses fields the contract lacks (400), but the journal has the body as sent
    RawHttp.send(fake.baseUrl(), "POST", "/v2/organizations", List.of("Authorization: Bearer " + fake.adminKey(),
        "Content-Type: application/json"), "{\"name\":\"N\",\"size\":5,\"big\":true}".getBytes(StandardCharsets.UTF_8));

    assertThat(fake.requests(RequestPattern.operation("createRole").withBodyField("permissions.1", "DATASET_READ"))).hasSize(1);
    assertThat(fake.requests(RequestPattern.operation("createRole").withBodyField("permissions.2", null))).hasSize(1);
    assertThat(fake.requests(RequestPattern.anyRequest().withBodyField("size", 5.0).withBodyField("big", true)
        .withStatus(400))).hasSize(1);
    assertThat(fake.requests(RequestPattern.anyRequest().withBodyField("size", "5"))).isEmpty();
  }

  @Test
  void aVerificationReturnsTheMatchingRequests() {
    List<JournalEntry> created = fake.verify(2, RequestPattern.operation("createUser").withStatus(201));
    assertThat(created).extracting(JournalEntry::path).containsExactly("/v2/users", "/v2/users");
    fake.verify(RequestPattern.operation("createOrganization").withBodyField("name", "Acme"));
    fake.verify(RequestCount.never(), RequestPattern.operation("deleteOrganization"));
    fake.verify(RequestCount.atMost(1), RequestPattern.operation("listUsers"));
  }

  @Test
  void aFailedVerificationSaysWhatWasExpectedAndListsTheClosestRequestsWithWhatDiffered() {
    assertThatThrownBy(() -> fake.verify(1, RequestPattern.operation("createUser").withBodyField("email", "ann@example.com")))
        .isInstanceOf(AssertionError.class)
        .satisfies(failure -> assertThat(failure.getMessage().split("\n")).satisfiesExactly(
            line -> assertThat(line).isEqualTo("Expected exactly 1 request matching operation createUser,"
                + " body email = \"ann@example.com\","),
            line -> assertThat(line).isEqualTo("but received none."),
            line -> assertThat(line).isEqualTo("The closest other requests (3 of 5):"),
            line -> assertThat(line).startsWith("  POST /v2/users -> 201 (createUser) {").contains("\"name\":\"John\""),
            line -> assertThat(line).isEqualTo("    body email was \"john@example.com\""),
            line -> assertThat(line).startsWith("  POST /v2/users -> 201 (createUser) {").contains("\"name\":\"Jane\""),
            line -> assertThat(line).isEqualTo("    body email was \"jane@example.com\""),
            line -> assertThat(line).isEqualTo("  DELETE /v2/users/VXNlcjo5OTk5OTk6bm9wZQ== -> 404 (deleteUser)"),
            line -> assertThat(line).isEqualTo("    operation was deleteUser; body email was absent")));
  }

  @Test
  void anEmptyJournalSaysSo() {
    fake.clearRequests();
    assertThatThrownBy(() -> fake.verify(RequestPattern.operation("createUser")))
        .hasMessage("Expected at least 1 request matching operation createUser,\nbut received none.\n"
            + "The journal is empty: no /v2 request arrived since it was last cleared.");
  }

  @Test
  void theSameFindAndVerifyOverHttp() throws Exception {
    RawHttp.Answer found = admin("POST", "/__admin/requests/find",
        "{\"operation_id\": \"createUser\", \"body\": {\"role.name\": \"ADMIN\"}, \"status\": 201}");
    assertThat(found.status()).isEqualTo(200);
    JsonNode requests = JSON.readTree(found.body()).get("requests");
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).get("body").get("email").asText()).isEqualTo("john@example.com");
    assertThat(JSON.readTree(admin("POST", "/__admin/requests/find", "").body()).get("requests")).hasSize(5);

    JsonNode verified = JSON.readTree(admin("POST", "/__admin/requests/verify",
        "{\"pattern\": {\"method\": \"POST\", \"path\": \"/v2/users\"}, \"count\": {\"min\": 2, \"max\": 2}}").body());
    assertThat(verified.get("verified").asBoolean()).isTrue();
    assertThat(verified.get("requests")).hasSize(2);
    assertThat(verified.has("message")).isFalse();

    JsonNode failed = JSON.readTree(admin("POST", "/__admin/requests/verify",
        "{\"pattern\": {\"operation_id\": \"listUsers\", \"query\": {\"limit\": \"10\"}}}").body());
    assertThat(failed.get("verified").asBoolean()).isFalse();
    assertThat(failed.get("requests")).isEmpty();
    assertThat(failed.get("message").asText()).startsWith("Expected at least 1 request matching operation listUsers,"
        + " query limit = \"10\",\nbut received none.\nThe closest other requests (3 of 5):\n"
        + "  GET /v2/users?limit=5 -> 200 (listUsers)\n    query limit was \"5\"");
  }

  @Test
  void badPatternsAreProblemsNamingTheField() {
    Map<String, String> refused = Map.of(
        "{\"operation\": \"createUser\"}", "operation: not a field of a request pattern; its fields are operation_id,"
            + " method, path, query, body, status.",
        "{\"operation_id\": \"createUsers\"}", "operation_id: 'createUsers' is not an operation of the contract.",
        "{\"body\": {\"role\": {\"name\": \"ADMIN\"}}}", "body.role: a string, number, boolean or null is required.",
        "{\"query\": {\"limit\": 5}}", "query.limit: a string is required.",
        "{\"method\": \"GET /v2\"}", "method: an HTTP method is required (got 'GET /v2').",
        "{\"path\": \"v2/users\"}", "path: a path starting with / is required (got 'v2/users').",
        "{\"status\": 42}", "status: an HTTP status (or 0 for no answer) is required (got 42).");
    refused.forEach((body, detail) -> {
      RawHttp.Answer answer = admin("POST", "/__admin/requests/find", body);
      assertThat(answer.status()).as(body).isEqualTo(400);
      assertThat(answer.body()).as(body).contains("\"detail\":\"" + detail + "\"");
    });
    RawHttp.Answer badCount = admin("POST", "/__admin/requests/verify", "{\"count\": {\"min\": 3, \"max\": 1}}");
    assertThat(badCount.status()).isEqualTo(400);
    assertThat(badCount.body()).contains("count: 0 <= min <= max is required (got min 3, max 1).");
    assertThat(admin("POST", "/__admin/requests/verify", "{\"pattern\": []}").body())
        .contains("pattern: a JSON object is required.");
    assertThatThrownBy(() -> RequestPattern.anyRequest().withBodyField("role", Map.of("name", "ADMIN")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> fake.requests("createUsers")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operation_id: 'createUsers' is not an operation of the contract.");
  }

  private RawHttp.Answer admin(String method, String path, String body) {
    return RawHttp.send(fake.baseUrl(), method, path, List.of("Authorization: Bearer " + fake.adminKey(),
        "Content-Type: application/json"), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
