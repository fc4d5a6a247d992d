package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.ListOrganizationsResponse;
import io.github.arizeadmin.api.generated.model.Organization;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.ContractCheckingInterceptor;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsPagingIsolationTest extends FakeTest {
  private final HttpClient raw = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest request, HttpResponse.BodyHandler<String> body) throws Exception {
    return ContractCheckingInterceptor.check(raw.send(request, body));
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + fake.adminKey()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void idsLookLikeTheRealOnes() {
    SeedResult ids = seed(Team.SEED);
    assertThat(decode(ids.id("acme"))).matches("Organization:\\d+:[A-Za-z0-9]{4}");
    assertThat(decode(ids.id("alpha"))).matches("Space:\\d+:[A-Za-z0-9]{4}");
    assertThat(decode(ids.id("member"))).matches("User:\\d+:[A-Za-z0-9]{4}");
    assertThat(decode(ids.id("ds"))).matches("Role:\\d+:[A-Za-z0-9]{4}");
    assertThat(decode(ids.id("fraud"))).matches("Model:\\d+:[A-Za-z0-9]{4}");
    assertThat(decode(ids.id("member-key"))).matches("ApiKey:\\d+:[A-Za-z0-9]{4}");
    // strict standard base64 with padding, as the SDK's is_resource_id wants
    assertThat(Base64.getDecoder().decode(ids.id("acme"))).isNotEmpty();
    assertThat(ids.id("acme").length() % 4).isZero();
  }

  private static String decode(String id) {
    return new String(Base64.getDecoder().decode(id), StandardCharsets.UTF_8);
  }

  @Test
  void pathIdsArriveRawPercentEncodedOrUnpadded() throws Exception {
    String org = ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Padded"))).getId();
    while (!org.endsWith("=")) {
      org = ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Padded" + org.length()
          + System.nanoTime()))).getId();
    }
    assertThat(get("/v2/organizations/" + org).statusCode()).isEqualTo(200);
    assertThat(get("/v2/organizations/" + org.replace("=", "%3D")).statusCode()).isEqualTo(200);
    assertThat(get("/v2/organizations/" + org.replace("=", "")).statusCode()).isEqualTo(200);
    ok(admin.organizations().getOrganization(org)); // Retrofit percent-encodes '=' itself
  }

  @Test
  void malformedOrWrongTypedIdsAre400AndUnknownOnes404() throws Exception {
    SeedResult ids = seed(Team.SEED);
    fails(400, admin.organizations().getOrganization("not-an-id"));
    fails(400, admin.organizations().getOrganization(ids.id("alpha")));
    fails(404, admin.organizations().getOrganization("T3JnYW5pemF0aW9uOjk5OTk5OmFCY0Q="));
    assertThat(get("/v2/spaces/%25%25%25").statusCode()).isEqualTo(400);
  }

  @Test
  void anotherAccountsObjectsAre404NotForbidden() {
    SeedResult ids = seed(Team.SEED);
    var other = api(Team.OTHER_ADMIN);
    fails(404, other.organizations().getOrganization(ids.id("acme")));
    fails(404, other.spaces().getSpace(ids.id("alpha")));
    fails(404, other.users().getUser(ids.id("member")));
    fails(404, other.projects().getProject(ids.id("fraud")));
    fails(404, other.roles().getRole(ids.id("ds")));
    fails(404, admin.spaces().getSpace(ids.id("other-space")));
    assertThat(ok(other.organizations().listOrganizations(null, null, null)).getOrganizations())
        .extracting(Organization::getName).containsExactly("Other Org");
    assertThat(ok(other.users().listUsers(100, null, null, null)).getUsers()).hasSize(1);
  }

  @Test
  void limitIsBoundedAndDefaultsTo50() {
    for (int i = 0; i < 55; i++) {
      ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("org-" + i)));
    }
    assertThat(ok(admin.organizations().listOrganizations(null, null, null)).getOrganizations()).hasSize(50);
    assertThat(ok(admin.organizations().listOrganizations(null, 100, null)).getOrganizations()).hasSize(56);
    fails(400, admin.organizations().listOrganizations(null, 0, null));
    fails(400, admin.organizations().listOrganizations(null, 101, null));
  }

  @Test
  void cursorsAreOpaqueAndStayCorrectWhenItemsComeAndGo() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      names.add(ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("pg-" + i))).getName());
    }
    ListOrganizationsResponse first = ok(admin.organizations().listOrganizations("pg-", 2, null));
    assertThat(first.getOrganizations()).extracting(Organization::getName).containsExactly("pg-0", "pg-1");
    assertThat(first.getPagination().getHasMore()).isTrue();
    String cursor = first.getPagination().getNextCursor();
    // remove one not yet seen and one already seen, add a new one
    String o2 = ok(admin.organizations().listOrganizations("pg-2", null, null)).getOrganizations().get(0).getId();
    String o0 = first.getOrganizations().get(0).getId();
    ok(admin.organizations().deleteOrganization(o2));
    ok(admin.organizations().deleteOrganization(o0));
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("pg-6")));
    List<String> rest = new ArrayList<>();
    while (cursor != null) {
      ListOrganizationsResponse page = ok(admin.organizations().listOrganizations("pg-", 2, cursor));
      page.getOrganizations().forEach(o -> rest.add(o.getName()));
      cursor = page.getPagination().getHasMore() ? page.getPagination().getNextCursor() : null;
      if (!page.getPagination().getHasMore()) {
        assertThat(page.getPagination().getNextCursor()).isNull();
      }
    }
    assertThat(rest).containsExactly("pg-3", "pg-4", "pg-5", "pg-6");
    fails(400, admin.organizations().listOrganizations(null, 2, "garbage!"));
  }

  @Test
  void unknownRoutesAndBadBodiesAreProblems() throws Exception {
    HttpResponse<String> unknown = get("/v2/nothing-here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    HttpResponse<String> badJson = send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v2/organizations"))
        .header("Authorization", "Bearer " + fake.adminKey()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(badJson.statusCode()).isEqualTo(400);
    assertThat(badJson.body()).contains("\"status\":400").doesNotContain("Exception");
    HttpResponse<String> extra = send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v2/organizations"))
        .header("Authorization", "Bearer " + fake.adminKey()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"created_at\":\"2026-01-01T00:00:00Z\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(extra.statusCode()).isEqualTo(400);
    HttpResponse<String> noAuth = send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v2/users")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(noAuth.statusCode()).isEqualTo(401);
    assertThat(noAuth.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void bodylessPostsAcceptJsonContentTypeAndRefreshAcceptsAnEmptyBody() throws Exception {
    String self = ok(admin.users().listUsers(null, null, "admin@", null)).getUsers().get(0).getId();
    for (String type : new String[] {null, "application/json"}) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v2/users/"
          + self.replace("=", "%3D") + "/reset-password")).header("Authorization", "Bearer " + fake.adminKey())
          .POST(HttpRequest.BodyPublishers.noBody());
      if (type != null) {
        request.header("Content-Type", type);
      }
      assertThat(send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
    }
    for (String type : new String[] {null, "application/json"}) {
      String id = ((io.github.arizeadmin.api.generated.model.UserApiKeyCreated) ok(admin.apiKeys().createApiKey(
          new io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest()
              .keyType(io.github.arizeadmin.api.generated.model.ApiKeyType.USER).name("r")))).getId();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v2/api-keys/" + id
          + "/refresh")).header("Authorization", "Bearer " + fake.adminKey()).POST(HttpRequest.BodyPublishers.noBody());
      if (type != null) {
        request.header("Content-Type", type);
      }
      HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
  }
}
