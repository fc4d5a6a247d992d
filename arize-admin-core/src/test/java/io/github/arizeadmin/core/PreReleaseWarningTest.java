package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.testing.LogCapture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Feature 9: one WARN per BETA method, on first use, in the Python SDK's shape. */
class PreReleaseWarningTest extends MockServerTest {

  private static List<String> warnings() {
    return LogCapture.events(PreRelease.LOGGER_NAME).stream()
        .peek(e -> assertThat(e.level()).isEqualTo(Level.WARN))
        .map(LogCapture.Event::message).toList();
  }

  @Test
  void theFirstCallWarnsOnceInTheSdksShape() {
    json(200, list("roles", null));
    json(200, list("roles", null));

    client.roles().list();
    client.roles().list();

    assertThat(warnings()).containsExactly("[BETA] roles.list is a beta API in Arize SDK v8.42.0 and may change "
        + "without notice. If you encounter failures, upgrade to a newer version of arize-admin-core (this is "
        + PreRelease.VERSION + ").");
  }

  @Test
  void eachMethodWarnsForItselfAndNestedCallsForTheirOwnKeys() {
    json(200, list("users", null));
    json(200, list("users", null));

    client.users().get("jane@example.com");
    client.users().list();

    assertThat(warnings()).hasSize(2);
    assertThat(warnings().get(0)).startsWith("[BETA] users.get is a beta API");
    assertThat(warnings().get(1)).startsWith("[BETA] users.list is a beta API");
  }

  @Test
  void warningsAreOncePerClassLoaderNotPerClient() throws Exception {
    json(200, list("projects", null));
    json(200, list("projects", null));
    try (ArizeAdminClient second = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).build()) {
      client.projects().list(ProjectFilter.defaults(), 10, null);
      second.projects().list(ProjectFilter.defaults(), 10, null);
    }
    assertThat(warnings()).hasSize(1);
  }

  @Test
  void aCallRejectedBeforeAnyRequestDoesNotCountAsUse() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> client.organizations().update("Acme", null, null));
    assertThat(warnings()).isEmpty();
  }

  @Test
  void aBuilderOptionQuietsAClientWithoutUsingUpTheWarningOfLouderOnes() throws Exception {
    json(200, list("roles", null));
    json(200, list("roles", null));
    try (ArizeAdminClient quiet = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .preReleaseWarnings(false).build()) {
      quiet.roles().list();
      assertThat(warnings()).isEmpty();
      client.roles().list();
    }
    assertThat(warnings()).singleElement().asString().startsWith("[BETA] roles.list");
  }

  @Test
  void aSystemPropertyQuietsEveryClientWhoseBuilderDoesNotSayOtherwise() throws Exception {
    json(200, list("roles", null));
    json(200, list("roles", null));
    System.setProperty(ArizeAdminClient.PRE_RELEASE_WARNINGS_PROPERTY, "false");
    try (ArizeAdminClient quiet = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).build();
        ArizeAdminClient loud = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
            .preReleaseWarnings(true).build()) {
      quiet.roles().list();
      assertThat(warnings()).isEmpty();
      loud.roles().list();
    } finally {
      System.clearProperty(ArizeAdminClient.PRE_RELEASE_WARNINGS_PROPERTY);
    }
    assertThat(warnings()).singleElement().asString().startsWith("[BETA] roles.list");
  }

  @Test
  void theStageMayBeAlpha() {
    PreRelease.warnOnce("spaces.addUser", PreRelease.Stage.ALPHA);
    assertThat(warnings()).singleElement().asString().startsWith("[ALPHA] spaces.addUser is an alpha API");
  }
}
