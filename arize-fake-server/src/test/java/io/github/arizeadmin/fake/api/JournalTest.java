package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.InviteMode;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request journal: an entry is written before the response leaves (so it is there the moment a
 * client call returns, and never arrives after a clear), it records the request body as JSON
 * (capped, secrets redacted), and it can be filtered by operation, in Java and over HTTP.
 */
class JournalTest extends FakeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyCallIsInTheJournalTheMomentItReturnsAndNoEntryArrivesLate() {
    // a raw socket reads the answer as soon as it leaves: the fastest client there is
    List<String> paths = List.of("/v2/organizations", "/v2/spaces/U3BhY2U6OTk5OTk=", "/v2/users");
    List<String> keys = List.of(fake.adminKey(), fake.adminKey(), "ak-nobody");
    for (int i = 0; i < 300; i++) {
      fake.clearRequests();
      RawHttp.Answer answer = RawHttp.send(fake.baseUrl(), "GET", paths.get(i % 3),
          List.of("Authorization: Bearer " + keys.get(i % 3)), null);
      List<JournalEntry> entries = fake.requests();
      assertThat(entries).as("try %d: only the call that just returned", i).hasSize(1);
      assertThat(entries.get(0).operationId()).isEqualTo(List.of("listOrganizations", "getSpace", "listUsers").get(i % 3));
      assertThat(entries.get(0).status()).isEqualTo(answer.status()).isEqualTo(List.of(200, 404, 401).get(i % 3));
    }
  }

  @Test
  void theRequestBodyIsRecordedAsJsonWithSecretsRedacted() throws Exception {
    ok(admin.users().createUser(new CreateUserRequest().name("Jane").email("jane@example.com")
        .role(userRole("MEMBER")).inviteMode(InviteMode.TEMPORARY_PASSWORD)));
    // a raw API key pasted into a field, and a password in a field the contract does not know
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Org").description(fake.adminKey())));
    RawHttp.send(fake.baseUrl(), "POST", "/v2/organizations", List.of("Authorization: Bearer " + fake.adminKey(),
        "Content-Type: application/json"), "{\"name\":\"x\",\"password\":\"hunter2\"}".getBytes(StandardCharsets.UTF_8));
    ok(admin.organizations().listOrganizations(null, null, null));

    List<JournalEntry> entries = fake.requests();
    assertThat(JSON.readTree(entries.get(0).body())).isEqualTo(JSON.readTree(
        "{\"name\":\"Jane\",\"email\":\"jane@example.com\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"},"
            + "\"invite_mode\":\"TEMPORARY_PASSWORD\"}"));
    assertThat(entries.get(1).body()).doesNotContain(fake.adminKey()).contains("\"description\":\"[REDACTED]\"");
    assertThat(entries.get(2).body()).doesNotContain("hunter2").contains("\"password\":\"[REDACTED]\"");
    assertThat(entries.get(2).status()).isEqualTo(400);
    assertThat(entries.get(3).body()).isNull();
  }

  @Test
  void aLargeBodyIsCappedAndABodyThatIsNotJsonIsRecordedAsText() throws Exception {
    String big = "{\"name\":\"Big\",\"description\":\"" + "d".repeat(100_000) + "\"}";
    String auth = "Authorization: Bearer " + fake.adminKey();
    RawHttp.send(fake.baseUrl(), "POST", "/v2/organizations", List.of(auth, "Content-Type: application/json"),
        big.getBytes(StandardCharsets.UTF_8));
    RawHttp.send(fake.baseUrl(), "POST", "/v2/organizations", List.of(auth, "Content-Type: application/json"),
        ("{not json " + fake.adminKey()).getBytes(StandardCharsets.UTF_8));

    List<JournalEntry> entries = fake.requests();
    JsonNode capped = JSON.readTree(entries.get(0).body());
    assertThat(capped.isTextual()).isTrue();
    assertThat(capped.asText()).startsWith("{\"name\":\"Big\"").endsWith("(truncated; the body has " + big.length() + " bytes)");
    assertThat(entries.get(0).body().length()).isLessThan(17_000);
    JsonNode text = JSON.readTree(entries.get(1).body());
    assertThat(text.asText()).isEqualTo("{not json [REDACTED]");
  }

  @Test
  void theJournalFiltersByOperationInJavaAndOverHttp() throws Exception {
    ok(admin.organizations().listOrganizations(null, null, null));
    ok(admin.spaces().listSpaces(null, null, null, null));
    ok(admin.organizations().listOrganizations(null, 5, null));

    assertThat(fake.requests("listOrganizations")).extracting(JournalEntry::query).containsExactly("", "limit=5");
    assertThat(fake.requests("listSpaces")).hasSize(1);
    assertThat(fake.requests("deleteUser")).isEmpty();

    String auth = "Authorization: Bearer " + fake.adminKey();
    RawHttp.Answer filtered = RawHttp.send(fake.baseUrl(), "GET", "/__admin/requests?operation_id=listOrganizations",
        List.of(auth), null);
    assertThat(filtered.status()).isEqualTo(200);
    JsonNode requests = JSON.readTree(filtered.body()).get("requests");
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).get("query").asText()).isEqualTo("limit=5");
    assertThat(requests.get(1).has("body")).isTrue();
    RawHttp.Answer unknown = RawHttp.send(fake.baseUrl(), "GET", "/__admin/requests?operation_id=noSuchThing",
        List.of(auth), null);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("operation_id");
  }
}
