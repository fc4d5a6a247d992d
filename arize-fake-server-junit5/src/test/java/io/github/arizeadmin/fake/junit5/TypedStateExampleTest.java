package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.OrganizationMembership;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of checking a user's memberships, bindings and keys in typed form, run as written. */
@ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
class TypedStateExampleTest {
  @Test
  void janeJoinsTeamBetaAsDataScientist(ArizeAdminClient arize, ArizeFakeServer fake, SeedResult seed) {
    var beta = arize.spaces().ensure("team-beta", "Acme");
    var scientist = arize.roles().ensure("Data Scientist", List.of(Permission.PROJECT_READ), null);
    arize.spaces().addUser("team-beta", "jane@example.com", SpaceRole.custom("Data Scientist"));

    UserAccess jane = fake.state().user("jane@example.com").orElseThrow();
    assertThat(jane.organizationMemberships()).extracting(OrganizationMembership::organizationId,
        OrganizationMembership::role).containsExactly(tuple(seed.id("acme"), OrganizationRole.MEMBER));
    assertThat(jane.spaceMemberships()).extracting(SpaceMembership::spaceId, SpaceMembership::role).containsExactly(
        tuple(seed.id("team-alpha"), new SpaceRoleAssignment.Predefined(UserSpaceRole.MEMBER)),
        tuple(beta.id(), new SpaceRoleAssignment.Custom(scientist.id(), "Data Scientist")));
    assertThat(jane.roleBindings()).extracting(RoleBinding::roleId, RoleBinding::resourceId)
        .containsExactly(tuple(scientist.id(), beta.id())); // the custom space role is held as a binding
    assertThat(jane.apiKeys()).extracting(ApiKey::name, ApiKey::status).containsExactly(tuple("ci", ApiKeyStatus.ACTIVE));
  }

  @Test
  void janeIsOffboardedFromEveryOrganization(ArizeAdminClient arize, ArizeFakeServer fake) {
    arize.organizations().removeUserFromAll("jane@example.com");

    UserAccess jane = fake.state().user("jane@example.com").orElseThrow();
    assertThat(jane.organizationMemberships()).isEmpty();
    assertThat(jane.spaceMemberships()).isEmpty(); // leaving an organization leaves its spaces
    assertThat(jane.apiKeys()).extracting(ApiKey::status).containsExactly(ApiKeyStatus.ACTIVE); // her key stays
  }
}
