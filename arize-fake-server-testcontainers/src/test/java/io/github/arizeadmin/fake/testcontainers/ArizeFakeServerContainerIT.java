package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.model.Space;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.output.ToStringConsumer;

/** The fake server's image, started through Testcontainers: these tests really run a container. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // above the default: each test starts a container
class ArizeFakeServerContainerIT {

  @Test
  void startsReadyWithTheGivenAdminKeyAndServesTheFreshAccount() throws Exception {
    Instant begin = Instant.now();
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer().withAdminKey("ak-container-admin")) {
      arize.start();
      System.out.printf("container start-to-ready: %d ms%n", Duration.between(begin, Instant.now()).toMillis());

      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(arize.getBaseUrl() + "/__admin/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(arize.getAdminKey()).isEqualTo("ak-container-admin");
      try (ArizeAdminClient client = arize.newClient()) {
        assertThat(client.organizations().get("Default Organization").name()).isEqualTo("Default Organization");
        assertThat(client.spaces().get("Default Space").name()).isEqualTo("Default Space");
      }
    }
  }

  @Test
  void loadsASeedDocumentAtStart() {
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer().withSeedResource("fixtures/team-alpha.json")) {
      arize.start();

      try (ArizeAdminClient client = arize.newClient()) {
        Space space = client.spaces().get("team-alpha");
        assertThat(space.name()).isEqualTo("team-alpha");
        assertThat(client.users().get("jane@example.com")).isPresent();
      }
    }
  }

  @Test
  void runsAsANonRootUserAndReportsHealthyToDocker() throws Exception {
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer()) {
      arize.start();

      assertThat(arize.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
      String health = "starting";
      for (int i = 0; i < 60 && !health.equals("healthy"); i++) {
        Thread.sleep(500);
        health = arize.getDockerClient().inspectContainerCmd(arize.getContainerId()).exec().getState().getHealth().getStatus();
      }
      assertThat(health).isEqualTo("healthy");
    }
  }

  @Test
  void aBadSeedStopsTheContainerWithAOneLineError() {
    ToStringConsumer output = new ToStringConsumer();
    try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer().withSeedResource("fixtures/broken.json")
        .withLogConsumer(output).withStartupTimeout(Duration.ofSeconds(20))) {
      assertThatThrownBy(arize::start).isInstanceOf(ContainerLaunchException.class);
    }
    String log = output.toUtf8String().strip();
    assertThat(log).contains("email").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(log.lines()).hasSize(1);
  }
}
