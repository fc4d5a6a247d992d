package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.core.testing.LogCapture;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Feature 7: one unchecked hierarchy, with status, problem and request id; IllegalArgumentException before requests. */
class ErrorsTest extends MockServerTest {

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class), Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class), Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class), Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class), Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class), Arguments.of(405, UnexpectedStatusException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void eachStatusHasItsClassWithTheProblemAndTheRequestId(int status, Class<? extends ArizeApiException> type) {
    String orgId = id("Organization:1:aBcD");
    server.enqueue(problemResponse(status, "Title " + status, "Detail " + status).setHeader("X-Request-Id", "req-42"));

    assertThatThrownBy(() -> client.organizations().withOptions(RequestOptions.defaults().withoutRetries()).delete(orgId))
        .isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(ArizeApiException.class, e -> {
          assertThat(e).isInstanceOf(RuntimeException.class);
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.title()).contains("Title " + status);
          assertThat(e.detail()).contains("Detail " + status);
          assertThat(e.requestId()).contains("req-42");
          assertThat(e.method()).contains("DELETE");
          assertThat(e.path()).contains("/v2/organizations/" + orgId);
          assertThat(e.getMessage()).isEqualTo("DELETE /v2/organizations/" + orgId + " failed: HTTP " + status
              + " Title " + status + ": Detail " + status + " (request id req-42)");
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
  }

  @Test
  void anErrorWithoutAProblemBodyStillMaps() {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("nope"));

    assertThatThrownBy(() -> client.users().list())
        .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
          assertThat(e.problem()).isEmpty();
          assertThat(e.requestId()).isEmpty();
          assertThat(e.getMessage()).isEqualTo("GET /v2/users failed: HTTP 401");
        });
  }

  @Test
  void aConnectionFailureIsATransportException() throws IOException {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    assertThatThrownBy(() -> client.users().list())
        .isInstanceOf(TransportException.class).hasMessageStartingWith("GET /v2/users failed: ")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void anUndecodableSuccessIsATransportException() {
    json(200, "{\"users\":\"not a list\"}");

    assertThatThrownBy(() -> client.users().list()).isInstanceOf(TransportException.class);
  }

  @Test
  void aPerRequestTimeoutApplies() {
    server.enqueue(new MockResponse().setHeadersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
        .setHeader("Content-Type", "application/json").setBody(list("users", null)));

    assertThatThrownBy(() -> client.users().withOptions(RequestOptions.defaults().withTimeout(Duration.ofMillis(200)))
        .list()).isInstanceOf(TransportException.class).hasMessageContaining("timeout");
  }

  @Test
  void callsThatCannotBeValidFailBeforeAnyRequest() {
    String any = id("Space:1:aBcD");
    List<Executable> invalid = List.of(
        () -> client.organizations().update("Acme", null, null),
        () -> client.spaces().update(any, null, null),
        () -> client.users().update("jane@example.com", null, null),
        () -> client.users().update("jane@example.com", "   ", null),
        () -> client.roles().update("Data Scientist", RoleUpdate.permissions(List.of())),
        () -> client.roles().update("Data Scientist", RoleUpdate.name(" ")),
        () -> client.roles().create("DS", List.of(), null),
        () -> client.roles().create("DS", List.of(Permission.UNKNOWN), null),
        () -> client.projects().update("fraud", "team", " "),
        () -> client.users().bulkDelete(List.of(), List.of()),
        () -> client.users().create("Jane", "not-an-email", AccountRole.MEMBER, InviteMode.NONE),
        () -> client.users().create("Jane", "jane@example.com", AccountRole.MEMBER, InviteMode.UNKNOWN),
        () -> client.users().create(" ", "jane@example.com", AccountRole.MEMBER, InviteMode.NONE),
        () -> client.users().list(UserFilter.defaults().withStatuses(UserStatus.UNKNOWN), 10, null),
        () -> client.organizations().create(""),
        () -> client.spaces().create(null, "Acme"),
        () -> client.apiKeys().refresh(any, null, Duration.ofDays(2)),
        () -> client.apiKeys().refresh(any, null, Duration.ofSeconds(-1)),
        () -> client.apiKeys().createServiceKey("svc", List.of()),
        () -> ServiceKeyOrganization.of("Acme"),
        () -> ServiceKeySpace.of(" "),
        () -> client.roleBindings().list(ResourceType.UNKNOWN, null, 10, null),
        () -> client.resourceRestrictions().list(ResourceType.SPACE, 10, null),
        () -> client.users().list(UserFilter.defaults(), 0, null),
        () -> client.spaces().addUser(any, "   ", io.github.arizeadmin.core.model.SpaceRole.MEMBER));
    for (Executable call : invalid) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, call);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theKeyIsNeverLoggedNorPrinted() throws Exception {
    problem(404, "Not Found", "missing");
    json(200, list("users", null, user(id("User:1:aBcD"), "Jane", "jane@example.com")));
    assertThatThrownBy(() -> client.users().get(id("User:9:aBcD"))).isInstanceOf(NotFoundException.class);
    client.users().listAll().toList();

    assertThat(client.toString()).doesNotContain(KEY);
    assertThat(ArizeAdminClient.builder().apiKey(KEY).toString()).doesNotContain(KEY);
    assertThat(client.users().toString()).doesNotContain(KEY);
    assertThat(LogCapture.events()).isNotEmpty()
        .allSatisfy(event -> assertThat(event.message()).doesNotContain(KEY).doesNotContain("Bearer"));
    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }
}
