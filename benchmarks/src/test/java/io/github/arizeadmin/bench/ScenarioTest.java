package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scenarios' requests are ones the fake accepts, again and again, so the load measures work, not errors. */
class ScenarioTest {
  private final Http http = new Http();
  private ArizeFakeServer fake;
  private URI base;
  private ThroughputFixture fixture;

  @BeforeEach
  void seedTheFake() {
    fake = Fakes.start();
    base = URI.create(fake.baseUrl());
    fixture = ThroughputFixture.seed(http, base);
  }

  @AfterEach
  void stopTheFake() {
    fake.close();
  }

  @Test
  void everyRequestOfEveryScenarioSucceedsAgainstTheSeededFakeAndKeepsSucceeding() {
    for (Scenario scenario : Scenario.values()) {
      List<HttpCall> calls = scenario.calls(fixture);
      assertThat(calls).isNotEmpty();
      for (int round = 0; round < 2; round++) {
        for (HttpCall call : calls) {
          assertThat(http.send(base, call).status()).as(scenario + " " + call).isEqualTo(200);
        }
      }
    }
  }

  @Test
  void addingAUserAgainIsAnUpsertWithTheSameAnswer() {
    List<HttpCall> calls = Scenario.ADD_ORG_USER.calls(fixture);
    assertThat(calls).hasSize(ThroughputFixture.USERS).doesNotHaveDuplicates();
    Answer first = http.expectOk(base, calls.get(0));
    assertThat(http.expectOk(base, calls.get(0)).body()).isEqualTo(first.body());
    assertThat(new JsonObject(first.body()).getString("user_id")).isEqualTo(fixture.userId(0));
  }

  @Test
  void theNameFilterMatchesOneSpace() {
    HttpCall call = Scenario.LIST_SPACES_BY_NAME.calls(fixture).get(0);
    JsonObject page = new JsonObject(http.expectOk(base, call).body());
    assertThat(page.getJsonArray("spaces")).hasSize(1);
    assertThat(page.getJsonArray("spaces").getJsonObject(0).getString("id")).isEqualTo(fixture.spaceId(42));
  }
}
