package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import io.github.arizeadmin.core.ArizeAdminClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/**
 * The image built on the fly from the fat jar this module carries, as a downstream build without a
 * clone makes it; on the base image named by the system property (the offline base here).
 */
class ArizeFakeServerImageIT {
  private final DockerClient docker = DockerClientFactory.instance().client();

  @Test
  void buildsTheImageFromTheFatJarOnTheClasspathAndRunsIt() {
    // A base under a name of its own, so that this run really builds (images are reused by name).
    String tag = "it-" + UUID.randomUUID().toString().substring(0, 8);
    docker.tagImageCmd(System.getProperty(ArizeFakeServerImage.BASE_IMAGE_PROPERTY), "localhost/arize-fake-jre", tag).exec();
    String builtImage = null;
    try {
      ArizeFakeServerImage image = ArizeFakeServerImage.fromClasspath().withBaseImage("localhost/arize-fake-jre:" + tag);
      Instant begin = Instant.now();
      builtImage = image.build();
      System.out.printf("on-the-fly image build: %d ms%n", Duration.between(begin, Instant.now()).toMillis());

      assertThat(builtImage).startsWith("localhost/arize-fake-server:" + ArizeFakeServerImage.locallyBuilt().getVersionPart() + "-");
      assertThat(image.build()).isEqualTo(builtImage);
      try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer(image).withAdminKey("ak-on-the-fly")) {
        Instant starting = Instant.now();
        arize.start();
        System.out.printf("on-the-fly image, container start-to-ready: %d ms%n",
            Duration.between(starting, Instant.now()).toMillis());

        assertThat(arize.getDockerImageName()).isEqualTo(builtImage);
        assertThat(arize.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
        try (ArizeAdminClient client = arize.newClient()) {
          assertThat(client.organizations().get("Default Organization").name()).isEqualTo("Default Organization");
        }
      }
    } finally {
      if (builtImage != null) {
        docker.removeImageCmd(builtImage).withForce(true).exec();
      }
      docker.removeImageCmd("localhost/arize-fake-jre:" + tag).exec();
    }
  }

  @Test
  void theDefaultContainerRunsTheOnTheFlyImageOfTheConfiguredBase() {
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer()) {
      arize.start();

      assertThat(arize.getDockerImageName()).isEqualTo(ArizeFakeServerImage.fromClasspath().build());
      assertThat(docker.inspectImageCmd(arize.getDockerImageName()).exec().getConfig().getHealthcheck()).isNotNull();
    }
  }
}
