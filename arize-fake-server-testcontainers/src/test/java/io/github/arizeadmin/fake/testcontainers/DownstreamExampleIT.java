package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import org.junit.jupiter.api.Test;

/** The README's downstream example, run as written. */
class DownstreamExampleIT {
  @Test
  void janeIsInTeamAlpha() {
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer()
             .withAdminKey("ak-test-admin")
             .withSeedResource("fixtures/team-alpha.json")) {
      arize.start();
      // Services in other languages get arize.getBaseUrl() and arize.getAdminKey().
      try (ArizeAdminClient client = arize.newClient()) {
        assertThat(client.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
        assertThat(client.users().get("jane@example.com")).isPresent();
      }
    }
  }
}
