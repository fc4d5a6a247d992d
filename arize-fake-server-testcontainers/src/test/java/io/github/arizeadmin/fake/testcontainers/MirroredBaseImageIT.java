package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import io.github.arizeadmin.core.ArizeAdminClient;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/**
 * A machine that reaches Docker Hub only through a mirror: the build runs this test alone with
 * {@code TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX=localhost/mirror/} and no base image configured, so the
 * default base {@code eclipse-temurin:17-jre} must be taken from the mirror. The mirror is simulated
 * by tagging the offline base as {@code localhost/mirror/eclipse-temurin:17-jre}.
 */
class MirroredBaseImageIT {
  private static final String MIRRORED_BASE = "localhost/mirror/eclipse-temurin";

  @Test
  void theDefaultBaseImageGoesThroughTheHubPrefix() {
    assertThat(System.getenv("TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX")).isEqualTo("localhost/mirror/");
    ArizeFakeServerImage image = ArizeFakeServerImage.fromClasspath();
    assertThat(image.baseImage()).isEqualTo("eclipse-temurin:17-jre");
    DockerClient docker = DockerClientFactory.instance().client();
    docker.tagImageCmd(System.getProperty("arize.fake.it.offline-base"), MIRRORED_BASE, "17-jre").exec();
    String built = null;
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer(image)) {
      arize.start();
      built = arize.getDockerImageName();

      try (ArizeAdminClient client = arize.newClient()) {
        assertThat(client.spaces().get("Default Space").name()).isEqualTo("Default Space");
      }
    } finally {
      // Removed, so that the next run builds from the mirror again instead of reusing the image.
      if (built != null) {
        docker.removeImageCmd(built).withForce(true).exec();
      }
      docker.removeImageCmd(MIRRORED_BASE + ":17-jre").exec();
    }
  }
}
