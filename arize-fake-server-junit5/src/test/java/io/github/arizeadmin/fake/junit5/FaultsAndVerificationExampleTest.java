package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.TransportException;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's example of faults and verification through the injected server, run as written. */
@ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
class FaultsAndVerificationExampleTest {
  @Test
  void janeIsPromotedThroughAFlakyApi(ArizeAdminClient arize, ArizeFakeServer fake, SeedResult seed) {
    fake.injectFault(Fault.status(503).forOperation("addSpaceUser").times(2)); // fails twice, then succeeds

    arize.spaces().addUser(seed.id("team-alpha"), seed.id("jane"), SpaceRole.ADMIN); // retried, without waiting

    fake.verify(3, RequestPattern.operation("addSpaceUser").withBodyField("user_id", seed.id("jane"))
        .withBodyField("role.name", "ADMIN"));
    fake.verify(2, RequestPattern.operation("addSpaceUser").withStatus(503));
  }

  @Test
  void aDroppedConnectionIsATransportFailure(ArizeAdminClient arize, ArizeFakeServer fake) {
    // times(2): OkHttp itself resends a request once when a reused connection is dropped
    fake.injectFault(Fault.dropConnection().forOperation("createOrganization").times(2));

    assertThatThrownBy(() -> arize.organizations().create("Globex")).isInstanceOf(TransportException.class);
    assertThat(arize.organizations().find("Globex")).isEmpty();
  }

  @Test
  void aSlowAnswerStillComes(ArizeAdminClient arize, ArizeFakeServer fake) {
    fake.injectFault(Fault.latency(Duration.ofMillis(50), Duration.ofMillis(150)).forOperation("listSpaces"));

    assertThat(arize.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
    fake.verify(RequestPattern.operation("listSpaces").withQueryParam("name", "team-alpha").withStatus(200));
  }
}
