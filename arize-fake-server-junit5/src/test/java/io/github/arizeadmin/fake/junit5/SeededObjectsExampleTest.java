package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.ForbiddenException;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import org.junit.jupiter.api.Test;

/** The README's example of seeded IDs and keys, run as written. */
@ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
class SeededObjectsExampleTest {
  @Test
  void janeCanReadHerSpaceButNotCreateOrganizations(@FakeBaseUrl String baseUrl,
      @SeedApiKey("jane-ci") String janeKey, @SeedId("team-alpha") String teamAlphaId) {
    try (ArizeAdminClient asJane = ArizeAdminClient.builder().baseUrl(baseUrl).apiKey(janeKey).build()) {
      assertThat(asJane.spaces().get(teamAlphaId).name()).isEqualTo("team-alpha");
      assertThatThrownBy(() -> asJane.organizations().create("jane-org")).isInstanceOf(ForbiddenException.class);
    }
  }

  @Test
  void promotesJaneById(ArizeAdminClient arize, SeedResult seed) {
    var membership = arize.spaces().addUser(seed.id("team-alpha"), seed.id("jane"), SpaceRole.ADMIN);

    assertThat(membership.userId()).isEqualTo(seed.id("jane"));
  }
}
