package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.testing.LogCapture;
import java.time.Duration;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** Features 6, 7, 8 and 9 over HTTP: the fake's injected 429/503 faults, typed errors, warnings. */
class FaultsAndWarningsFakeTest extends FakeServerTest {

  @Test
  void aRateLimitedReadIsRetriedAfterRetryAfter() throws Exception {
    fault("listOrganizations", 429, 2, 3);

    assertThat(client.organizations().list().items()).extracting(Organization::name).contains("Default Organization");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void anUnavailableWriteIsNotRetried() throws Exception {
    fault("createOrganization", 503, 1, null);

    assertThatThrownBy(() -> client.organizations().create("Acme")).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.status()).isEqualTo(503);
      assertThat(e.attempts()).isEqualTo(1);
    });
    assertThat(client.organizations().create("Acme").name()).isEqualTo("Acme");
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aFailingSecondPageThrowsTypedWhileIterating() throws Exception {
    for (int i = 0; i < 3; i++) {
      client.organizations().create("org-" + i);
    }
    Iterator<Organization> iterator = client.organizations().listAll().pageSize(2).iterator();
    iterator.next();
    iterator.next();
    fault("listOrganizations", 429, 4, 1);

    assertThatThrownBy(iterator::hasNext).isInstanceOfSatisfying(RateLimitException.class, e -> {
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
      assertThat(e.attempts()).isEqualTo(4);
    });
  }

  @Test
  void aWrongKeyIsUnauthorizedAndNeverPrinted() {
    String wrongKey = "ak-wrongwrongwrongwrongwrongwrongwrongwrong";
    try (ArizeAdminClient wrong = clientWithKey(wrongKey)) {
      assertThatThrownBy(() -> wrong.spaces().list()).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
        assertThat(e.getMessage()).doesNotContain(wrongKey);
        assertThat(e.title()).isPresent();
      });
    }
    assertThat(LogCapture.events()).allSatisfy(event -> assertThat(event.message()).doesNotContain(wrongKey)
        .doesNotContain(fake.adminKey()));
  }

  @Test
  void everyMethodWarnsOnceOnFirstUse() {
    client.organizations().list();
    client.organizations().list();
    client.spaces().get("Default Space");

    assertThat(LogCapture.events(PreRelease.LOGGER_NAME)).extracting(LogCapture.Event::message)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("[BETA] organizations.list is a beta API in Arize SDK v8.42.0"),
            m -> assertThat(m).startsWith("[BETA] spaces.get is a beta API in Arize SDK v8.42.0"));
  }
}
