package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's example of a rate-limited call retried without waiting, run as written. */
@ArizeFakeServerTest
class RetriesExampleTest {
  @Test
  void aRateLimitedListIsRetriedWithoutWaiting(ArizeAdminClient arize, ArizeFakeServer fake, ClientRetries retries) {
    fake.injectFault(Fault.status(429).forOperation("listOrganizations").retryAfterSeconds(30));

    assertThat(arize.organizations().list().items()).isNotEmpty();
    assertThat(retries.waits()).containsExactly(Duration.ofSeconds(30)); // skipped, not slept
  }
}
