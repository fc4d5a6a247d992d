package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.ServerException;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserSpaceRole;
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

        // The operator surface, typed, over HTTP: faults, the clock, the journal and its verification.
        arize.injectFault(Fault.status(500).forOperation("createOrganization")); // a create is not retried
        assertThatThrownBy(() -> client.organizations().create("Globex")).isInstanceOf(ServerException.class);
        arize.verify(1, RequestPattern.operation("createOrganization").withBodyField("name", "Globex").withStatus(500));

        // The fake's state, typed: Jane's memberships, bindings and keys.
        UserAccess jane = arize.state().user("jane@example.com").orElseThrow();
        assertThat(jane.spaceMemberships()).extracting(SpaceMembership::role)
            .containsExactly(new SpaceRoleAssignment.Predefined(UserSpaceRole.MEMBER));
      }
    }
  }
}
