package io.github.arizeadmin.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.OrganizationMembership;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.RoleBinding;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import org.junit.jupiter.api.Test;

/** The README's "State in typed form" example, as written there. */
class TypedStateExampleTest {

  @Test
  void aUsersMembershipsBindingsAndKeysInTypedForm() {
    try (ArizeFakeServer fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).build())) {
      SeedResult ids = fake.seed("""
          {"accounts": [{"name": "default",
            "users": [{"ref": "jane", "name": "Jane Doe", "email": "jane@example.com",
                       "api_keys": [{"name": "ci", "key": "ak-jane0000000000000000000000000000000000"}]}],
            "roles": [{"ref": "ds", "name": "Data Scientist", "permissions": ["PROJECT_READ"]}],
            "organizations": [{"ref": "acme", "name": "Acme", "members": [{"user": "jane", "role": "MEMBER"}],
              "spaces": [{"ref": "alpha", "name": "alpha", "members": [{"user": "jane", "role": "MEMBER"}]},
                         {"ref": "beta", "name": "beta", "members": [{"user": "jane", "custom_role": "ds"}]}]}]}]}
          """);

      // README example starts
      UserAccess jane = fake.state().user("jane@example.com").orElseThrow();
      assertThat(jane.organizationMemberships()).extracting(OrganizationMembership::organizationId,
          OrganizationMembership::role).containsExactly(tuple(ids.id("acme"),
              OrganizationRole.MEMBER));
      assertThat(jane.spaceMemberships()).extracting(SpaceMembership::spaceId, SpaceMembership::role)
          .containsExactly(
              tuple(ids.id("alpha"), new SpaceRoleAssignment.Predefined(UserSpaceRole.MEMBER)),
              tuple(ids.id("beta"), new SpaceRoleAssignment.Custom(ids.id("ds"),
                  "Data Scientist")));
      assertThat(jane.roleBindings()).extracting(RoleBinding::resourceId).containsExactly(ids.id("beta"));
      assertThat(jane.apiKeys()).extracting(ApiKey::name, ApiKey::status)
          .containsExactly(tuple("ci", ApiKeyStatus.ACTIVE));
      // README example ends

      assertThat(fake.state().user(jane.user().id())).contains(jane);
      assertThat(fake.state().user("nobody@example.com")).isEmpty();
      assertThat(jane.apiKeys().toString()).doesNotContain("ak-jane0000000000000000000000000000000000");
      fake.reset();
      assertThat(fake.state().user("jane@example.com")).isEmpty();
      assertThat(fake.state().users()).extracting(u -> u.email()).containsExactly("admin@arize-fake.local");
    }
  }
}
