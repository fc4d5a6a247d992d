package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import org.junit.jupiter.api.Test;

/** A prebuilt image by name: here the one docker/build-offline-image.sh built from this clone before the tests. */
class LocallyBuiltImageIT {

  @Test
  void runsAnImageBuiltFromAClone() {
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer(ArizeFakeServerImage.locallyBuilt())
        .withSeedResource("fixtures/team-alpha.json")) {
      arize.start();

      assertThat(arize.getDockerImageName()).isEqualTo("arize-fake-server:" + ArizeFakeServerImage.locallyBuilt().getVersionPart());
      try (ArizeAdminClient client = arize.newClient()) {
        assertThat(client.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
      }
    }
  }
}
