package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's example of a rate-limited call retried without waiting, run as written. */
@ArizeFakeServerTest
class RetriesExampleTest {
  @Test
  void aRateLimitedListIsRetriedWithoutWaiting(ArizeAdminClient arize, ClientRetries retries,
      @FakeBaseUrl String baseUrl, @FakeAdminKey String adminKey) throws Exception {
    String fault = "{\"operation_id\": \"listOrganizations\", \"status\": 429, \"retry_after_seconds\": 30}";
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/faults"))
        .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(fault)).build(), BodyHandlers.discarding());

    assertThat(arize.organizations().list().items()).isNotEmpty();
    assertThat(retries.waits()).containsExactly(Duration.ofSeconds(30)); // skipped, not slept
  }
}
