package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.RateLimitException;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The injected client retries 429s as in production, but by default skips the waits: observed through
 * {@link ClientRetries} (what the client would have slept) and through what the client does next.
 */
@ArizeFakeServerTest(resetBeforeEach = true)
class RetryWaitsTest {

  @Test
  void aRetryAfterIsRecordedNotSlept(ArizeAdminClient arize, ClientRetries retries, @FakeBaseUrl String baseUrl,
      @FakeAdminKey String adminKey) {
    AdminHttp.injectFault(baseUrl, adminKey,
        "{\"operation_id\": \"listOrganizations\", \"status\": 429, \"times\": 1, \"retry_after_seconds\": 25}");

    // The first answer is the 429, so a success means the client retried.
    assertThat(arize.organizations().list().items()).isNotEmpty();

    assertThat(retries.mode()).isEqualTo(ArizeFakeServerTest.RetryWaits.NONE);
    assertThat(retries.waits()).containsExactly(Duration.ofSeconds(25));
  }

  @Test
  void skippedWaitsStillCountTowardsTheRetryPolicysTotalTime(ArizeAdminClient arize, ClientRetries retries,
      @FakeBaseUrl String baseUrl, @FakeAdminKey String adminKey) {
    // The default policy allows 4 attempts within 60 s: after two 25 s waits a third would end past 60 s,
    // so the client gives up after the third 429. Had it not counted the skipped waits, its fourth
    // attempt would have succeeded.
    AdminHttp.injectFault(baseUrl, adminKey,
        "{\"operation_id\": \"listOrganizations\", \"status\": 429, \"times\": 3, \"retry_after_seconds\": 25}");

    assertThatThrownBy(() -> arize.organizations().list()).isInstanceOf(RateLimitException.class);

    assertThat(retries.waits()).containsExactly(Duration.ofSeconds(25), Duration.ofSeconds(25));
  }

  @Test
  void realWaitsCanBeAskedFor() {
    EngineRuns.assertAllPass(RealWaits.class, 1);
  }

  @ArizeFakeServerTest(retryWaits = ArizeFakeServerTest.RetryWaits.REAL)
  static class RealWaits {
    @Test
    void theRetryComesAfterTheRetryAfter(ArizeAdminClient arize, ArizeFakeServer fake, ClientRetries retries,
        @FakeBaseUrl String baseUrl, @FakeAdminKey String adminKey) {
      AdminHttp.injectFault(baseUrl, adminKey,
          "{\"operation_id\": \"listOrganizations\", \"status\": 429, \"times\": 1, \"retry_after_seconds\": 1}");

      arize.organizations().list();
      Instant answered = Instant.now();

      assertThat(retries.mode()).isEqualTo(ArizeFakeServerTest.RetryWaits.REAL);
      assertThat(retries.waits()).containsExactly(Duration.ofSeconds(1));
      // What a real wait means: the answer came no sooner than the Retry-After after the 429's request.
      JournalEntry rateLimited = fake.requests().get(0);
      assertThat(rateLimited.status()).isEqualTo(429);
      assertThat(Duration.between(rateLimited.time(), answered)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }
}
