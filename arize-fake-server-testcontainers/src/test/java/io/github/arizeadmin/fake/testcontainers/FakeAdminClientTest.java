package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.ServerException;
import io.github.arizeadmin.core.TransportException;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.FakeServerException;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.FakeState;
import io.github.arizeadmin.fake.state.OrganizationMembership;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The typed client of {@code /__admin} against the fat jar this module carries, run as a process
 * (no Docker needed): every method of {@code FakeAdmin} over HTTP, with the fake's own messages.
 */
class FakeAdminClientTest {
  private static final String ADMIN_KEY = "ak-client-test-admin";
  private static Process fake;
  private static String baseUrl;
  private static FakeAdminClient admin;

  @BeforeAll
  static void startTheFatJar() throws IOException, URISyntaxException {
    Path jar = Path.of(FakeAdminClientTest.class.getResource("arize-fake-server.jar").toURI());
    fake = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "--port", "0", "--admin-key", ADMIN_KEY).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("Arize fake server listening on ")) {
        baseUrl = line.substring("Arize fake server listening on ".length()).trim();
        break;
      }
    }
    assertThat(baseUrl).as("the fake's ready line").isNotNull();
    admin = new FakeAdminClient(baseUrl, ADMIN_KEY);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (admin != null) {
      admin.close();
    }
    fake.destroy();
    fake.waitFor(10, TimeUnit.SECONDS);
  }

  @BeforeEach
  void fresh() {
    admin.reset();
    admin.clearFaults();
    admin.clearRequests();
  }

  private static ArizeAdminClient client() {
    return ArizeAdminClient.builder().baseUrl(baseUrl).apiKey(ADMIN_KEY).sleeper(wait -> { }).build();
  }

  @Test
  void faultsGoThereAndComeBackTyped() {
    Fault drop = Fault.dropConnection().forOperation("createUser").times(3)
        .afterDelay(Duration.ofMillis(10), Duration.ofMillis(20));
    Fault rateLimit = Fault.status(429).forOperation("listSpaces");
    admin.injectFault(drop);
    admin.injectFault(rateLimit);

    assertThat(admin.faults()).containsExactly(drop, rateLimit);
    admin.clearFaults();
    assertThat(admin.faults()).isEmpty();
    assertThatThrownBy(() -> admin.injectFault(Fault.status(503).forOperation("listSpace")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operation_id: 'listSpace' is not an operation of the contract.");
  }

  @Test
  void aFaultFailsTwiceThenTheClientsRetrySucceeds() {
    admin.injectFault(Fault.status(503).forOperation("listOrganizations").times(2));
    try (ArizeAdminClient client = client()) {
      assertThat(client.organizations().list().items()).isNotEmpty();
    }
    admin.verify(3, RequestPattern.operation("listOrganizations"));
    assertThat(admin.requests("listOrganizations")).extracting(JournalEntry::status).containsExactly(503, 503, 200);

    admin.injectFault(Fault.status(500).forOperation("createOrganization"));
    admin.injectFault(Fault.resetConnection().forOperation("deleteOrganization").times(2));
    try (ArizeAdminClient client = client()) {
      assertThatThrownBy(() -> client.organizations().create("Acme")).isInstanceOf(ServerException.class);
      assertThatThrownBy(() -> client.organizations().delete("Default Organization")).isInstanceOf(TransportException.class);
    }
  }

  @Test
  void theJournalAndItsVerificationComeWithTheFakesWordsAndTheBodiesAsRecorded() {
    SeedResult seed = admin.seed("""
        {"accounts": [{"name": "default",
          "users": [{"ref": "jane", "name": "Jane Doe", "email": "jane@example.com", "role": "MEMBER"}],
          "organizations": [{"ref": "acme", "name": "Acme", "members": [{"user": "jane", "role": "MEMBER"}],
            "spaces": [{"ref": "team-alpha", "name": "team-alpha"}]}]}]}""");
    try (ArizeAdminClient client = client()) {
      client.spaces().addUser(seed.id("team-alpha"), seed.id("jane"), SpaceRole.ADMIN);
    }

    JournalEntry added = admin.verify(RequestPattern.operation("addSpaceUser").withBodyField("role.name", "ADMIN")).get(0);
    assertThat(added.body()).isEqualTo("{\"role\":{\"name\":\"ADMIN\",\"type\":\"PREDEFINED\"},\"user_id\":\""
        + seed.id("jane") + "\"}");
    assertThat(added.path()).isEqualTo("/v2/spaces/" + seed.id("team-alpha") + "/users");
    assertThat(admin.requests()).containsExactly(added);
    assertThat(admin.requests(RequestPattern.anyRequest().withMethod("GET"))).isEmpty();
    admin.verify(RequestCount.never(), RequestPattern.operation("removeSpaceUser"));
    assertThatThrownBy(() -> admin.verify(2, RequestPattern.operation("addSpaceUser")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected exactly 2 requests matching operation addSpaceUser,\nbut received 1:\n"
            + "  POST /v2/spaces/" + seed.id("team-alpha") + "/users -> 200 (addSpaceUser) {");
    assertThatThrownBy(() -> admin.requests("addSpaceUsers")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operation_id: 'addSpaceUsers' is not an operation of the contract.");
    admin.clearRequests();
    assertThat(admin.requests()).isEmpty();
  }

  @Test
  void theTypedStateComesBackInTheFakesOwnTypes() {
    SeedResult seed = admin.seed("""
        {"accounts": [{"name": "default",
          "users": [{"ref": "jane", "name": "Jane Doe", "email": "jane@example.com", "role": "MEMBER",
                     "api_keys": [{"name": "ci", "key": "ak-janeci0000000000000000000000000000000000"}]}],
          "roles": [{"ref": "ds", "name": "Data Scientist", "permissions": ["PROJECT_READ"]}],
          "organizations": [{"ref": "acme", "name": "Acme", "members": [{"user": "jane", "role": "MEMBER"}],
            "spaces": [{"ref": "alpha", "name": "alpha", "members": [{"user": "jane", "role": "MEMBER"}],
                        "projects": [{"ref": "fraud", "name": "fraud-model"}]},
                       {"ref": "beta", "name": "beta", "members": [{"user": "jane", "custom_role": "ds"}]}]}]}]}""");

    FakeState state = admin.state();
    UserAccess jane = state.user("jane@example.com").orElseThrow();
    assertThat(jane.user().id()).isEqualTo(seed.id("jane"));
    assertThat(jane.organizationMemberships()).extracting(OrganizationMembership::organizationId,
        OrganizationMembership::role).containsExactly(tuple(seed.id("acme"), OrganizationRole.MEMBER));
    assertThat(jane.spaceMemberships()).extracting(SpaceMembership::spaceId, SpaceMembership::role).containsExactly(
        tuple(seed.id("alpha"), new SpaceRoleAssignment.Predefined(UserSpaceRole.MEMBER)),
        tuple(seed.id("beta"), new SpaceRoleAssignment.Custom(seed.id("ds"), "Data Scientist")));
    assertThat(jane.roleBindings()).extracting(RoleBinding::roleId, RoleBinding::resourceId)
        .containsExactly(tuple(seed.id("ds"), seed.id("beta")));
    assertThat(jane.apiKeys()).extracting(ApiKey::name, ApiKey::status, ApiKey::createdByUserId)
        .containsExactly(tuple("ci", ApiKeyStatus.ACTIVE, seed.id("jane")));
    assertThat(state.customRoles()).singleElement().satisfies(role -> {
      assertThat(role.permissions()).containsExactly(Permission.PROJECT_READ);
      assertThat(role.createdAt()).isNotNull();
    });
    assertThat(state.projects()).extracting(p -> p.spaceId()).containsExactly(seed.id("alpha"));
    assertThat(admin.state()).isEqualTo(state); // nothing changed in between: the same snapshot, field by field
  }

  @Test
  void stateAndClock() {
    assertThatThrownBy(() -> admin.seed("{\"accounts\": [{\"users\": [{\"email\": \"x\"}]}]}"))
        .isInstanceOf(FakeServerException.class).hasMessageStartingWith("Bad seed: accounts[0].users[0].email");
    assertThat(admin.exportState()).contains("\"Default Organization\"");

    Instant before = admin.now();
    Instant after = admin.advanceClock(Duration.ofMinutes(5));
    assertThat(after).isAfterOrEqualTo(before.plus(Duration.ofMinutes(5)));
    assertThat(admin.now()).isAfterOrEqualTo(after);
    assertThatThrownBy(() -> admin.advanceClock(Duration.ofMillis(1500))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> admin.advanceClock(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrongAdminKeyIsRefusedInWords() {
    try (FakeAdminClient intruder = new FakeAdminClient(baseUrl, "ak-wrong")) {
      assertThatThrownBy(intruder::faults).isInstanceOf(IllegalStateException.class)
          .hasMessage("GET /__admin/faults answered HTTP 401: The operator surface needs Authorization: Bearer <admin key>.");
    }
  }
}
