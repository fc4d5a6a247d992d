package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The README's downstream example, run as written (ordered so that the reset is exercised). */
@ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DownstreamExampleTest {
  @Test
  @Order(1)
  void janeBecomesAdminOfTeamAlpha(ArizeAdminClient arize) {
    SpaceMembership membership = arize.spaces().addUser("team-alpha", "jane@example.com", SpaceRole.ADMIN);

    assertThat(membership.role()).isEqualTo(SpaceRole.ADMIN);
  }

  @Test
  @Order(2)
  void everyTestStartsFromTheFixture(ArizeAdminClient arize, @FakeBaseUrl String baseUrl) {
    assertThat(arize.spaces().get("team-alpha").name()).isEqualTo("team-alpha");
    assertThat(baseUrl).startsWith("http://127.0.0.1:"); // give it to the code under test
    assertThat(arize.spaces().addUser("team-alpha", "jane@example.com", SpaceRole.MEMBER).role()).isEqualTo(SpaceRole.MEMBER);
  }
}
