package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.GlobalIds;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Features 2, 3, 4, 5 for organizations and spaces, over HTTP against the fake server. */
class OrganizationsAndSpacesFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"},
                 {"ref":"ann","name":"Ann Otator","email":"ann@example.com","role":"ANNOTATOR"}],
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ"]}],
        "organizations":[
          {"ref":"acme","name":"Acme","members":[{"user":"jane","role":"MEMBER"}],
           "spaces":[{"ref":"acme-shared","name":"shared"},{"ref":"alpha","name":"team-alpha"}]},
          {"ref":"globex","name":"Globex","spaces":[{"ref":"globex-shared","name":"shared"}]}]}]}
      """;

  @Test
  void organizationsCrudByName() {
    Organization created = client.organizations().create("Initech", "printers");
    assertThat(created.description()).isEqualTo("printers");
    assertThat(GlobalIds.isId(created.id())).isTrue();

    assertThat(client.organizations().get("Initech")).isEqualTo(created);
    Organization renamed = client.organizations().update("Initech", "Initrode", null);
    assertThat(renamed.name()).isEqualTo("Initrode");
    assertThat(renamed.description()).isEqualTo("printers");
    assertThat(client.organizations().listAll("init").toList()).extracting(Organization::name).containsExactly("Initrode");

    assertThatThrownBy(() -> client.organizations().create("Initrode")).isInstanceOf(ConflictException.class);
    client.organizations().delete("Initrode");
    assertThatThrownBy(() -> client.organizations().get(created.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.organizations().get("Initrode")).isInstanceOf(NameNotFoundException.class);
  }

  @Test
  void addUserIsAnUpsertAndRemoveUserCascadesToSpaces() {
    SeedResult ids = seed(SEED);
    String jane = ids.id("jane");

    OrganizationMembership member = client.organizations().addUser("Acme", "jane@example.com", OrganizationRole.MEMBER);
    OrganizationMembership admin = client.organizations().addUser("Acme", jane, OrganizationRole.ADMIN);
    assertThat(member.userId()).isEqualTo(jane);
    assertThat(admin.role()).isEqualTo(OrganizationRole.ADMIN);
    assertThat(admin.organizationId()).isEqualTo(ids.id("acme"));

    client.spaces().addUser(ids.id("alpha"), jane, SpaceRole.MEMBER);
    client.organizations().removeUser("Acme", "JANE@example.com");
    assertThatThrownBy(() -> client.spaces().removeUser(ids.id("alpha"), jane)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void annotatorRulesAndTheOrganizationPrerequisiteComeBackAsBadRequests() {
    SeedResult ids = seed(SEED);
    assertThatThrownBy(() -> client.organizations().addUser("Acme", "ann@example.com", OrganizationRole.MEMBER))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.spaces().addUser(ids.id("globex-shared"), ids.id("jane"), SpaceRole.MEMBER))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void spacesCrudAndAmbiguousNames() {
    SeedResult ids = seed(SEED);

    assertThatThrownBy(() -> client.spaces().get("shared"))
        .isInstanceOfSatisfying(AmbiguousNameException.class,
            e -> assertThat(e.candidateIds()).containsExactlyInAnyOrder(ids.id("acme-shared"), ids.id("globex-shared")));
    assertThat(client.spaces().listAll(SpaceFilter.defaults().withOrganization("Globex")).toList()).extracting(Space::id).containsExactly(ids.id("globex-shared"));

    Space created = client.spaces().create("team-beta", "Acme", "beta team");
    assertThat(client.spaces().list(SpaceFilter.defaults().withOrganization("Acme").withName("team"), 10, null).items()).extracting(Space::name)
        .containsExactly("team-alpha", "team-beta");
    Space updated = client.spaces().update("team-beta", null, "the beta team");
    assertThat(updated.description()).isEqualTo("the beta team");
    assertThatThrownBy(() -> client.spaces().create("team-beta", ids.id("acme"))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> client.spaces().get("team-gamma")).isInstanceOf(NameNotFoundException.class)
        .hasMessageContaining("Space 'team-gamma' not found.");
    client.spaces().delete(created.id());
    assertThatThrownBy(() -> client.spaces().get(created.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void spaceAddUserIsAnUpsertWithPredefinedAndCustomRoles() {
    SeedResult ids = seed(SEED);
    String jane = ids.id("jane");

    SpaceMembership first = client.spaces().addUser("team-alpha", jane, SpaceRole.READ_ONLY);
    SpaceMembership custom = client.spaces().addUser("team-alpha", "jane@example.com", SpaceRole.custom(ids.id("ds")));

    assertThat(first.role()).isEqualTo(SpaceRole.READ_ONLY);
    assertThat(custom.spaceId()).isEqualTo(first.spaceId());
    assertThat(custom.role()).isInstanceOfSatisfying(CustomRole.class, role -> {
      assertThat(role.id()).contains(ids.id("ds"));
      assertThat(role.name()).contains("Data Scientist");
    });
    client.spaces().removeUser("team-alpha", jane);
    assertThatThrownBy(() -> client.spaces().removeUser("team-alpha", jane)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsFollowEveryPage() {
    for (int i = 0; i < 7; i++) {
      client.organizations().create("org-" + i);
    }
    List<String> names = client.organizations().listAll().pageSize(3).stream().map(Organization::name).toList();
    assertThat(names).hasSize(8).contains("Default Organization", "org-0", "org-6");
    assertThat(client.organizations().listAll("org-").pageSize(2).limit(5).toList()).hasSize(5);

    String cursor = client.organizations().list(null, 3, null).nextCursor().orElseThrow();
    assertThat(client.organizations().listAll().pageSize(3).startingAt(cursor).toList()).hasSize(5);
  }
}
