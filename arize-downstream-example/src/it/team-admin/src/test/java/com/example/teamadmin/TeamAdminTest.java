package com.example.teamadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.junit5.ArizeFakeServerTest;
import io.github.arizeadmin.fake.junit5.ClientRetries;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The team's tests against the fake, written from the READMEs with the published artifacts only:
 * each point of the issue "The client and the testing kit, as a downstream team uses them".
 */
@ArizeFakeServerTest(seed = "fixtures/acme.json", resetBeforeEach = true)
class TeamAdminTest {
  @Test
  void settingUpATeamTwiceCreatesEverythingOnce(ArizeAdminClient arize, ArizeFakeServer fake) {
    TeamAdmin admin = new TeamAdmin(arize);

    admin.setUpTeam("Globex", "team-beta");
    admin.setUpTeam("Globex", "team-beta"); // ensure: found the second time

    for (String create : new String[] {"createOrganization", "createRole", "createSpace"}) {
      fake.verify(1, RequestPattern.operation(create));
    }
    fake.verify(RequestPattern.operation("createRole").withBodyField("name", TeamAdmin.DATA_SCIENTIST)
        .withBodyField("permissions.0", "PROJECT_READ"));
    assertThat(admin.findTeam("team-beta")).isPresent(); // find: an Optional, no exception
    assertThat(admin.findTeam("team-gamma")).isEmpty();
  }

  @Test
  void onboardingGivesTheCustomRoleByName(ArizeAdminClient arize, ArizeFakeServer fake, SeedResult seed) {
    TeamAdmin admin = new TeamAdmin(arize);
    admin.setUpTeam("Acme", "team-alpha");

    SpaceMembership john = admin.onboard("john@example.com", "Acme", "team-alpha");

    assertThat(john.userId()).isEqualTo(seed.id("john"));
    assertThat(john.role()).isEqualTo(SpaceRole.custom(arize.roles().get(TeamAdmin.DATA_SCIENTIST).id()));
    fake.verify(RequestPattern.operation("addSpaceUser").withBodyField("user_id", seed.id("john"))
        .withBodyField("role.type", "CUSTOM"));
  }

  @Test
  void aFlakyApiFailsTwiceThenOnboardingSucceedsWithoutSleeping(ArizeAdminClient arize, ArizeFakeServer fake,
      ClientRetries retries) {
    TeamAdmin admin = new TeamAdmin(arize);
    admin.setUpTeam("Acme", "team-alpha");
    fake.injectFault(Fault.status(503).forOperation("addOrganizationUser").times(2)); // fails twice, then succeeds

    admin.onboard("john@example.com", "Acme", "team-alpha");

    assertThat(fake.requests("addOrganizationUser")).extracting(entry -> entry.status()).containsExactly(503, 503, 200);
    assertThat(retries.count()).isEqualTo(2); // the waits were skipped, not slept
    fake.verify(RequestCount.never(), RequestPattern.anyRequest().withStatus(500));
  }

  @Test
  void theSeedsKeysAreListedWithAParameterObject(ArizeAdminClient arize, SeedResult seed) {
    assertThat(new TeamAdmin(arize).activeKeysOf("jane@example.com")).extracting(ApiKey::id)
        .containsExactly(seed.id("jane-ci"));
    assertThat(seed.apiKeys().get("jane-ci")).startsWith("ak-");
  }

  @Test
  void onboardedMembershipsAreReadInTypedForm(ArizeAdminClient arize, ArizeFakeServer fake, SeedResult seed) {
    TeamAdmin admin = new TeamAdmin(arize);
    admin.setUpTeam("Acme", "team-alpha");
    admin.onboard("john@example.com", "Acme", "team-alpha");

    String scientist = arize.roles().get(TeamAdmin.DATA_SCIENTIST).id();
    UserAccess john = fake.state().user("john@example.com").orElseThrow();
    assertThat(john.organizationMemberships()).extracting(m -> m.organizationId(), m -> m.role())
        .containsExactly(tuple(seed.id("acme"), OrganizationRole.MEMBER));
    assertThat(john.spaceMemberships()).extracting(m -> m.spaceId(), m -> m.role())
        .containsExactly(tuple(seed.id("team-alpha"), new SpaceRoleAssignment.Custom(scientist, TeamAdmin.DATA_SCIENTIST)));
    assertThat(john.roleBindings()).extracting(b -> b.roleId(), b -> b.resourceId())
        .containsExactly(tuple(scientist, seed.id("team-alpha"))); // the custom space role is held as a binding
    assertThat(john.apiKeys()).isEmpty();

    UserAccess jane = fake.state().user("jane@example.com").orElseThrow();
    assertThat(jane.spaceMemberships()).extracting(m -> m.role())
        .containsExactly(new SpaceRoleAssignment.Predefined(UserSpaceRole.MEMBER));
    assertThat(jane.apiKeys()).extracting(k -> k.id(), k -> k.status())
        .containsExactly(tuple(seed.id("jane-ci"), ApiKeyStatus.ACTIVE));
  }

  @Test
  void aSlowAnswerStillArrives(ArizeAdminClient arize, ArizeFakeServer fake) {
    fake.injectFault(Fault.latency(Duration.ofMillis(20), Duration.ofMillis(60)).forOperation("listSpaces"));

    assertThat(new TeamAdmin(arize).findTeam("team-alpha")).isPresent();
  }
}
