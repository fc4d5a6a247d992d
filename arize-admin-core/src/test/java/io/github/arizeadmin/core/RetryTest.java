package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.SpaceRole;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feature 8: retries of idempotent calls only, with backoff, jitter, Retry-After and bounds. */
class RetryTest extends MockServerTest {

  private void unavailable(int status) {
    server.enqueue(problemResponse(status, "Unavailable", "try later"));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void anIdempotentCallIsRetriedOnTheRetryableStatuses(int status) {
    unavailable(status);
    json(200, org(id("Organization:1:aBcD"), "Acme"));

    assertThat(client.organizations().get(id("Organization:1:aBcD")).name()).isEqualTo("Acme");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(time.sleeps()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 501, 400, 409})
  void otherStatusesAreNotRetried(int status) {
    unavailable(status);

    assertThatThrownBy(() -> client.organizations().get(id("Organization:1:aBcD")))
        .isInstanceOfSatisfying(io.github.arizeadmin.core.ArizeApiException.class,
            e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void backoffGrowsExponentiallyWithJitterAndIsBoundedInAttempts() {
    for (int i = 0; i < 4; i++) {
      unavailable(503);
    }

    assertThatThrownBy(() -> client.spaces().get(id("Space:1:aBcD")))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.attempts()).isEqualTo(4);
          assertThat(e.getMessage()).contains("after 4 attempts");
        });
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(time.sleeps()).hasSize(3);
    long[] bases = {500, 1000, 2000};
    for (int i = 0; i < 3; i++) {
      assertThat(time.sleeps().get(i).toMillis()).as("retry %d", i + 1)
          .isBetween((long) (bases[i] * 0.75), bases[i]);
    }
  }

  @Test
  void retryAfterIsHonoured() {
    server.enqueue(problemResponse(429, "Too Many Requests", "slow down").setHeader("Retry-After", "7"));
    json(200, list("users", null));

    client.users().list();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void theTotalTimeIsBounded() {
    server.enqueue(problemResponse(429, "Too Many Requests", "slow down").setHeader("Retry-After", "30"));
    server.enqueue(problemResponse(429, "Too Many Requests", "slow down").setHeader("Retry-After", "31"));

    assertThatThrownBy(() -> client.users().list())
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(31));
          assertThat(e.attempts()).isEqualTo(2);
        });
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void nonIdempotentCallsAreNeverRetried() {
    unavailable(503);
    assertThatThrownBy(() -> client.organizations().create("Acme")).isInstanceOf(ServerException.class);
    unavailable(429);
    assertThatThrownBy(() -> client.apiKeys().refresh(id("ApiKey:1:aBcD"))).isInstanceOf(RateLimitException.class);
    unavailable(503);
    assertThatThrownBy(() -> client.users().resendInvitation(id("User:1:aBcD"))).isInstanceOf(ServerException.class);
    unavailable(503);
    assertThatThrownBy(() -> client.users().create("Jane", "jane@example.com", AccountRole.MEMBER, InviteMode.NONE))
        .isInstanceOf(ServerException.class);

    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void upsertsRestrictRevokeAndInvitationsAreRetried() {
    String spaceId = id("Space:1:aBcD");
    String userId = id("User:1:aBcD");
    unavailable(503);
    json(200, "{\"id\":\"m\",\"user_id\":\"" + userId + "\",\"space_id\":\"" + spaceId
        + "\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}}");
    unavailable(502);
    json(200, "{\"resource_type\":\"PROJECT\",\"resource_id\":\"p\",\"created_at\":\"2026-01-01T00:00:00Z\"}");
    unavailable(504);
    noContent();
    unavailable(503);
    json(200, user(userId, "Jane", "jane@example.com"));

    client.spaces().addUser(spaceId, userId, SpaceRole.MEMBER);
    client.resourceRestrictions().restrict(id("Model:1:aBcD"));
    client.apiKeys().revoke(id("ApiKey:1:aBcD"));
    client.users().create("Jane", "jane@example.com", AccountRole.MEMBER, InviteMode.EMAIL_LINK);

    assertThat(server.getRequestCount()).isEqualTo(8);
    assertThat(time.sleeps()).hasSize(4);
  }

  @Test
  void aPerRequestPolicyOverridesTheClients() {
    unavailable(503);
    unavailable(503);
    json(200, list("users", null));
    RetryPolicy twoAttempts = RetryPolicy.defaults().withMaxAttempts(2).withJitter(0)
        .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1));

    assertThatThrownBy(() -> client.users().withOptions(RequestOptions.defaults().withRetryPolicy(twoAttempts)).list())
        .isInstanceOf(ServerException.class);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    assertThat(client.users().list().items()).isEmpty();
  }

  @Test
  void aClientWideRetryPolicyApplies() throws Exception {
    try (ArizeAdminClient noRetries = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.none()).sleeper(time).clock(time).build()) {
      unavailable(503);
      assertThatThrownBy(() -> noRetries.roles().list()).isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void retryAfterMayBeAnHttpDate() {
    assertThat(Transport.parseRetryAfter("Sun, 01 Mar 2026 12:00:05 GMT", time)).isEqualTo(Duration.ofSeconds(5));
    assertThat(Transport.parseRetryAfter("3", time)).isEqualTo(Duration.ofSeconds(3));
    assertThat(Transport.parseRetryAfter("soon", time)).isNull();
    assertThat(Transport.parseRetryAfter(null, time)).isNull();
  }

  @Test
  void theDelayFormulaIsCappedAndRetryAfterWins() {
    RetryPolicy policy = RetryPolicy.defaults().withJitter(0);
    assertThat(policy.delayBefore(1, 0.5, null)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.delayBefore(3, 0.5, null)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayBefore(10, 0.5, null)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.delayBefore(1, 0.5, Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(20));
    assertThat(RetryPolicy.defaults().delayBefore(1, 0.999, null).toMillis()).isBetween(375L, 500L);
    assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.defaults().withJitter(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.defaults().withMultiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactlyTheDocumentedOperationsAreIdempotent() {
    assertThat(java.util.Arrays.stream(Endpoint.values()).filter(e -> !e.idempotent()).map(Enum::name))
        .containsExactlyInAnyOrder("CREATE_ORGANIZATION", "CREATE_SPACE", "CREATE_USER", "RESEND_USER_INVITATION",
            "RESET_USER_PASSWORD", "CREATE_ROLE", "CREATE_ROLE_BINDING", "CREATE_API_KEY", "REFRESH_API_KEY",
            "CREATE_PROJECT");
  }

  @Test
  void aConflictIsNotRetriedEvenOnAnIdempotentCall() {
    server.enqueue(new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"title\":\"Conflict\",\"status\":409}"));
    assertThatThrownBy(() -> client.spaces().update(id("Space:1:aBcD"), "taken", null))
        .isInstanceOf(ConflictException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
