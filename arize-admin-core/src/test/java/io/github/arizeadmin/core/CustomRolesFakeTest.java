package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.ServiceKeyBotUser;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Custom roles by name wherever a role is accepted, and custom-role equality on the ID. */
class CustomRolesFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"}],
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ","SPACE_READ"]}],
        "organizations":[{"ref":"acme","name":"Acme","members":[{"user":"jane","role":"MEMBER"}],
          "spaces":[{"ref":"alpha","name":"team-alpha"}]}]}]}
      """;

  @Test
  void aCustomSpaceRoleByNameIsResolvedToItsIdBeforeTheWrite() {
    SeedResult ids = seed(SEED);
    requests.take();

    SpaceMembership membership = client.spaces().addUser("team-alpha", "jane@example.com",
        SpaceRole.custom("Data Scientist"));

    assertThat(membership.role()).isEqualTo(SpaceRole.custom(ids.id("ds")));
    assertThat(membership.role()).isInstanceOfSatisfying(CustomRole.class,
        role -> assertThat(role.name()).contains("Data Scientist"));
    assertThat(requests.take()).as("space, email, one scan of the roles, then the write")
        .hasSize(4).last().asString().startsWith("POST /v2/spaces/");
  }

  @Test
  void anUnknownCustomRoleNameFailsBeforeAnyWrite() {
    seed(SEED);
    requests.take();

    assertThatThrownBy(() -> client.spaces().addUser("team-alpha", "jane@example.com", SpaceRole.custom("Data Scientists")))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> {
          assertThat(e.resourceType()).isEqualTo("role");
          assertThat(e.availableNames()).contains("Data Scientist");
        });
    assertThat(requests.take()).noneMatch(request -> request.startsWith("POST"));
  }

  @Test
  void aServiceKeyScopeTakesACustomSpaceRoleByName() {
    SeedResult ids = seed(SEED);

    CreatedApiKey key = client.apiKeys().createServiceKey("pipeline", List.of(
        ServiceKeyOrganization.of("Acme", ServiceKeySpace.of("team-alpha", SpaceRole.custom("Data Scientist")))));

    assertThat(key.botUser().orElseThrow().organizations()).singleElement()
        .satisfies(org -> assertThat(org.spaces()).containsExactly(
            new ServiceKeyBotUser.SpaceAccess(ids.id("alpha"), CustomRole.byId(ids.id("ds")))));
  }

  @Test
  void aCustomOrganizationRoleByNameIsResolvedAndTheServiceAnswersAsItDoes() {
    seed(SEED);

    assertThatThrownBy(() -> client.organizations().addUser("Acme", "jane@example.com",
        OrganizationRole.custom("Data Scientist"))).as("custom organization roles are not supported yet")
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void aCustomRoleEqualsTheServersOnItsIdWhateverTheName() {
    CustomRole fromId = CustomRole.of("Um9sZToxOlY0S2E=");
    CustomRole fromServer = new CustomRole(Optional.of("Um9sZToxOlY0S2E="), Optional.of("Data Scientist"));
    CustomRole byName = CustomRole.of("Data Scientist");

    assertThat(fromId).isEqualTo(fromServer).hasSameHashCodeAs(fromServer);
    assertThat(fromId.id()).contains("Um9sZToxOlY0S2E=");
    assertThat(byName.name()).contains("Data Scientist");
    assertThat(byName.id()).isEmpty();
    assertThat(byName).isNotEqualTo(fromServer).isEqualTo(CustomRole.byName("Data Scientist"));
    assertThat(CustomRole.byName("Um9sZToxOlY0S2E=").id()).as("a name that looks like an ID").isEmpty();
    assertThat(new CustomRole(Optional.of("Um9sZToxOlY0S2E="), Optional.of("Renamed"))).isEqualTo(fromServer);
    assertThatThrownBy(() -> SpaceRole.custom(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomRole(Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}
