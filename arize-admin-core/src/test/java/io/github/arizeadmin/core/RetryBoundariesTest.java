package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the retry loop: a wait that ends exactly at the time bound, {@code Retry-After: 0}, an
 * interrupted wait, and a success that carries no body. Each test checks what happens and what does not
 * (no extra attempt, no lost interrupt).
 */
class RetryBoundariesTest extends MockServerTest {

  private static final RetryPolicy NO_JITTER = RetryPolicy.defaults().withJitter(0)
      .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1));

  private void rateLimited(String retryAfter) {
    server.enqueue(problemResponse(429, "Too Many Requests", "slow down").setHeader("Retry-After", retryAfter));
  }

  @Test
  void aRetryWhoseWaitEndsExactlyAtTheTimeBoundIsMade() {
    rateLimited("30");
    json(200, list("users", null));
    RequestOptions thirtySeconds = RequestOptions.defaults().withRetryPolicy(NO_JITTER.withMaxElapsed(Duration.ofSeconds(30)));

    assertThat(client.users().withOptions(thirtySeconds).list().items()).isEmpty();

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRetryWhoseWaitEndsOneSecondAfterTheTimeBoundIsNotMade() {
    rateLimited("31");
    json(200, list("users", null));
    RequestOptions thirtySeconds = RequestOptions.defaults().withRetryPolicy(NO_JITTER.withMaxElapsed(Duration.ofSeconds(30)));

    assertThatThrownBy(() -> client.users().withOptions(thirtySeconds).list())
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.attempts()).isEqualTo(1));

    assertThat(time.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theTimeAlreadySpentCountsAgainstTheBound() {
    rateLimited("10");
    rateLimited("10");
    rateLimited("11");
    json(200, list("users", null));
    RequestOptions thirtySeconds = RequestOptions.defaults().withRetryPolicy(NO_JITTER.withMaxElapsed(Duration.ofSeconds(30)));

    assertThatThrownBy(() -> client.users().withOptions(thirtySeconds).list())
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.attempts()).isEqualTo(3));

    assertThat(time.sleeps()).as("10 s + 10 s spent; 11 s more would end at 31 s")
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  @Test
  void retryAfterZeroIsAZeroWaitNotAMissingHeader() {
    rateLimited("0");

    assertThatThrownBy(() -> client.users().withOptions(RequestOptions.defaults().withoutRetries()).list())
        .isInstanceOfSatisfying(RateLimitException.class, e -> assertThat(e.retryAfter()).contains(Duration.ZERO));
    assertThat(Transport.parseRetryAfter("0", time)).isEqualTo(Duration.ZERO);
    assertThat(Transport.parseRetryAfter(" 4 ", time)).isEqualTo(Duration.ofSeconds(4));
    assertThat(Transport.parseRetryAfter("-1", time)).as("a negative delta is unreadable").isNull();
    assertThat(Transport.parseRetryAfter("  ", time)).isNull();
  }

  @Test
  void retryAfterZeroKeepsTheComputedBackoff() {
    rateLimited("0");
    json(200, list("users", null));

    client.users().withOptions(RequestOptions.defaults().withRetryPolicy(NO_JITTER)).list();

    assertThat(time.sleeps()).as("the server's zero does not shorten the client's own wait")
        .containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void anHttpDateInThePastIsAZeroWait() {
    assertThat(Transport.parseRetryAfter("Sun, 01 Mar 2026 11:59:00 GMT", time)).isEqualTo(Duration.ZERO);
    assertThat(Transport.parseRetryAfter("Sun, 01 Mar 2026 12:00:00 GMT", time)).isEqualTo(Duration.ZERO);
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterrupt() throws Exception {
    List<Duration> asked = new ArrayList<>();
    Sleeper interrupted = delay -> {
      asked.add(delay);
      throw new InterruptedException("shutting down");
    };
    try (ArizeAdminClient interruptible = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .sleeper(interrupted).clock(time).build()) {
      server.enqueue(problemResponse(503, "Service Unavailable", "down"));
      json(200, list("users", null));

      try {
        assertThatThrownBy(() -> interruptible.users().list())
            .isInstanceOfSatisfying(TransportException.class, e -> {
              assertThat(e.getMessage()).isEqualTo("GET /v2/users: interrupted while waiting to retry");
              assertThat(e.getCause()).isInstanceOf(InterruptedException.class);
            });
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
      } finally {
        Thread.interrupted();
      }
      assertThat(asked).hasSize(1);
      assertThat(server.getRequestCount()).as("no attempt after the interrupt").isEqualTo(1);
    }
  }

  @Test
  void aSuccessWithoutTheExpectedBodyIsATransportFailureAndIsNotRetried() throws Exception {
    String orgId = id("Organization:1:aBcD");
    noContent();

    assertThatThrownBy(() -> client.organizations().get(orgId))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.getMessage())
            .isEqualTo("GET /v2/organizations/" + orgId + " answered HTTP 204 without the expected body"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aSuccessWithoutABodyIsFineWhereNoneIsExpected() throws Exception {
    String keyId = id("ApiKey:1:aBcD");
    noContent();

    client.apiKeys().revoke(keyId);

    expect("PUT", "/v2/api-keys/" + keyId + "/revoke");
  }
}
