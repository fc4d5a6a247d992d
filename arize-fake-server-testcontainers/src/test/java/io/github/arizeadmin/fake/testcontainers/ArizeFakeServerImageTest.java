package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the on-the-fly image is made of, and the names of the prebuilt images (no Docker needed). */
class ArizeFakeServerImageTest {

  @AfterEach
  void forgetTheProperty() {
    System.clearProperty(ArizeFakeServerImage.BASE_IMAGE_PROPERTY);
  }

  @Test
  void theDefaultBaseIsThePublicTemurinJreNamedByTheDockerfile() {
    assertThat(ArizeFakeServerImage.defaultBaseImage()).isEqualTo("eclipse-temurin:17-jre");
  }

  @Test
  void theBaseComesFromCodeThenTheSystemPropertyThenTheEnvironmentThenTheDockerfile() {
    String env = System.getenv(ArizeFakeServerImage.BASE_IMAGE_ENV);
    assertThat(ArizeFakeServerImage.fromClasspath().baseImage())
        .isEqualTo(env == null || env.isBlank() ? "eclipse-temurin:17-jre" : env.strip());

    System.setProperty(ArizeFakeServerImage.BASE_IMAGE_PROPERTY, "mirror.example.com/java/jre-17:1");
    assertThat(ArizeFakeServerImage.fromClasspath().baseImage()).isEqualTo("mirror.example.com/java/jre-17:1");

    assertThat(ArizeFakeServerImage.fromClasspath().withBaseImage("eclipse-temurin:21-jre").baseImage())
        .isEqualTo("eclipse-temurin:21-jre");
  }

  @Test
  void aReleasePublishesUnderTheLibrarysVersionOnDockerHub() {
    assertThat(ArizeFakeServerImage.published().asCanonicalNameString())
        .isEqualTo("docker.io/arizeadmin/arize-fake-server:" + ArizeFakeServerImage.locallyBuilt().getVersionPart());
    assertThat(ArizeFakeServerImage.locallyBuilt().getVersionPart()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(ArizeFakeServerImage.locallyBuilt().getUnversionedPart()).isEqualTo("arize-fake-server");
  }

  @Test
  void aBlankBaseOrAMissingJarIsRefusedAtOnce() {
    assertThatThrownBy(() -> ArizeFakeServerImage.fromClasspath().withBaseImage(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArizeFakeServerImage.fromJar(Path.of("no-such.jar")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such.jar");
  }
}
