package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static io.github.arizeadmin.fake.junit5.EngineRuns.run;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.NameNotFoundException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.Events;

/** Reset between tests, a server per method, a clean stop, and a clear error for a missing fixture. */
class ResetAndLifecycleTest {
  static final List<String> URLS = new ArrayList<>();

  @Test
  void resetBeforeEachStartsEveryTestFromTheSeededState() {
    Events events = run(ResettingTests.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void perMethodGivesEveryTestItsOwnServerAndStopsIt() {
    URLS.clear();

    run(PerMethodTests.class).assertStatistics(stats -> stats.succeeded(2));

    assertThat(URLS).hasSize(2).doesNotHaveDuplicates();
    assertThat(URLS).allSatisfy(url -> assertThat(accepts(url)).as("%s still listening", url).isFalse());
  }

  @Test
  void theClassServerStopsWhenTheClassEnds() {
    URLS.clear();

    run(PerClassTests.class).assertStatistics(stats -> stats.succeeded(1));

    assertThat(URLS).singleElement().satisfies(url -> assertThat(accepts(url)).isFalse());
  }

  @Test
  void aMissingFixtureIsAClearConfigurationError() {
    Events failures = run(MissingFixtureTests.class).failed();

    failures.assertStatistics(stats -> stats.failed(1));
    assertThat(failures.stream().findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .orElseThrow().getThrowable().orElseThrow())
        .hasStackTraceContaining("fixtures/no-such-file.json").hasStackTraceContaining("no such classpath resource");
  }

  private static boolean accepts(String url) {
    URI uri = URI.create(url);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  @ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResettingTests {
    @Test
    @Order(1)
    void deletesTheSeededSpace(ArizeAdminClient client) {
      client.spaces().delete("team-alpha");
    }

    @Test
    @Order(2)
    void findsItAgain(ArizeAdminClient client) {
      assertThat(client.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
    }
  }

  @ArizeFakeServerTest(lifecycle = ArizeFakeServerTest.Lifecycle.PER_METHOD)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerMethodTests {
    @Test
    @Order(1)
    void createsAnOrganization(ArizeAdminClient client, @FakeBaseUrl String url) {
      URLS.add(url);
      client.organizations().create("only-in-test-1");
    }

    @Test
    @Order(2)
    void doesNotSeeIt(ArizeAdminClient client, @FakeBaseUrl String url) {
      URLS.add(url);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.organizations().get("only-in-test-1"))
          .isInstanceOf(NameNotFoundException.class);
    }
  }

  @ArizeFakeServerTest
  static class PerClassTests {
    @Test
    void runs(@FakeBaseUrl String url) {
      URLS.add(url);
    }
  }

  @ArizeFakeServerTest(seed = "fixtures/no-such-file.json")
  static class MissingFixtureTests {
    @Test
    void neverRuns(ArizeAdminClient client) {
      assertThat(client).isNotNull();
    }
  }
}
