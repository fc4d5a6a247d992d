package io.github.arizeadmin.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The throughput scenarios, in one place. Each turns the seeded fixture into the requests the load generator
 * sends (cycling through them when there are several); the first one is also the request whose response is
 * recorded for WireMock and the bare Vert.x handler.
 */
enum Scenario {
  /** A read by ID: authentication, ID decoding, one lookup, one small JSON object. */
  GET_SPACE("get-space", "GET /v2/spaces/{id}", "≥ 0.75 × Vert.x") {
    @Override
    List<HttpCall> calls(ThroughputFixture fixture) {
      return List.of(HttpCall.get("/v2/spaces/" + fixture.spaceId(42)));
    }
  },

  /** A validated write: body validation against the contract, authorization, the annotator rule and the
   * upsert, cycling over {@value ThroughputFixture#USERS} users who are already members. */
  ADD_ORG_USER("add-org-user", "POST /v2/organizations/{id}/users (upsert)", "≥ 30,000 req/s, p99 ≤ 5 ms") {
    @Override
    List<HttpCall> calls(ThroughputFixture fixture) {
      List<HttpCall> calls = new ArrayList<>();
      for (int i = 0; i < ThroughputFixture.USERS; i++) {
        calls.add(HttpCall.post("/v2/organizations/" + fixture.organizationId() + "/users",
            "{\"user_id\":\"" + fixture.userId(i) + "\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}}"));
      }
      return calls;
    }
  },

  /** A filtered list: the name filter over the account's {@value ThroughputFixture#SPACES} spaces, one match. */
  LIST_SPACES_BY_NAME("list-spaces-by-name", "GET /v2/spaces?name=space-042", "") {
    @Override
    List<HttpCall> calls(ThroughputFixture fixture) {
      return List.of(HttpCall.get("/v2/spaces?name=" + ThroughputFixture.spaceName(42)));
    }
  };

  private final String id;
  private final String label;
  private final String goal;

  Scenario(String id, String label, String goal) {
    this.id = id;
    this.label = label;
    this.goal = goal;
  }

  /** The requests of this scenario against the seeded fixture; never empty. */
  abstract List<HttpCall> calls(ThroughputFixture fixture);

  String id() {
    return id;
  }

  String label() {
    return label;
  }

  /** What the fake should reach in this scenario, empty when no goal is set. */
  String goal() {
    return goal;
  }
}
