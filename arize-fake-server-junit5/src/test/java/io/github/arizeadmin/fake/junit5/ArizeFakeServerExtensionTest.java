package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.fake.ArizeFakeServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension in its default mode: one server for the class, a fixture loaded, everything injected. */
@ArizeFakeServerTest(seed = "fixtures/team-alpha.json", adminKey = "ak-extension-test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArizeFakeServerExtensionTest {
  private static String urlSeenInBeforeAll;

  @BeforeAll
  static void serverIsReadyBeforeAll(@FakeBaseUrl String baseUrl) {
    urlSeenInBeforeAll = baseUrl;
  }

  @Test
  @Order(1)
  void injectsTheBaseUrlTheAdminKeyTheServerAndAReadyClient(@FakeBaseUrl String baseUrl, @FakeAdminKey String adminKey,
      ArizeFakeServer server, ArizeAdminClient client) {
    assertThat(baseUrl).startsWith("http://127.0.0.1:").isEqualTo(server.baseUrl()).isEqualTo(urlSeenInBeforeAll);
    assertThat(adminKey).isEqualTo("ak-extension-test").isEqualTo(server.adminKey());
    assertThat(client.organizations().get("Default Organization").name()).isEqualTo("Default Organization");
  }

  @Test
  @Order(2)
  void loadsTheFixtureNamedOnTheAnnotation(ArizeAdminClient client) {
    assertThat(client.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
    assertThat(client.users().get("jane@example.com")).hasValueSatisfying(jane -> assertThat(jane.name()).isEqualTo("Jane Doe"));
  }

  @Test
  @Order(3)
  void keepsStateAcrossTheTestsOfTheClass(ArizeAdminClient client) {
    client.organizations().create("created-by-test-3");

    assertThat(client.organizations().get("created-by-test-3").name()).isEqualTo("created-by-test-3");
  }

  @Test
  @Order(4)
  void seesWhatAnEarlierTestCreated(ArizeAdminClient client) {
    assertThat(client.organizations().get("created-by-test-3").name()).isEqualTo("created-by-test-3");
  }

  @Nested
  class NestedClasses {
    @Test
    void shareTheEnclosingServer(@FakeBaseUrl String baseUrl) {
      assertThat(baseUrl).isEqualTo(urlSeenInBeforeAll);
    }
  }
}
