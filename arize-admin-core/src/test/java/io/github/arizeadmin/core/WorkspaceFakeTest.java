package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.errors.AmbiguousNameException;
import io.github.arizeadmin.core.errors.BadRequestException;
import io.github.arizeadmin.core.errors.NameNotFoundException;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMemberRemoval;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feature 10: the toolkit's workspace operations on top of REST v2, against the fake server. */
class WorkspaceFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"},
                 {"ref":"bob","name":"Bob Stone","email":"bob@example.com"},
                 {"ref":"bob2","name":"Bob Stone","email":"bob.stone@example.org"}],
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ"]}],
        "organizations":[{"ref":"acme","name":"Acme",
          "members":[{"user":"jane","role":"MEMBER"},{"user":"bob","role":"MEMBER"}],
          "spaces":[{"ref":"alpha","name":"team-alpha"},{"ref":"beta","name":"team-beta"}]}]}]}
      """;

  @Test
  void theDefaultWorkspaceIsTheFirstOrganizationAndItsFirstSpace() {
    Workspace workspace = client.workspace();

    assertThat(workspace.organization().name()).isEqualTo("Default Organization");
    assertThat(workspace.space().name()).isEqualTo("Default Space");
    assertThat(client.workspace()).isSameAs(workspace);
    assertThat(workspace.spaceUrl()).isEqualTo("https://app.arize.com/organizations/" + workspace.organization().id()
        + "/spaces/" + workspace.space().id());
  }

  @Test
  void switchSpaceFollowsTheToolkitsRules() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace();
    String start = workspace.spaceUrl();

    assertThat(workspace.switchSpace(null, null)).isEqualTo(start);
    String acmeFirst = workspace.switchSpace(null, "Acme");
    assertThat(workspace.space().id()).isEqualTo(ids.id("alpha"));
    assertThat(acmeFirst).endsWith("/organizations/" + ids.id("acme") + "/spaces/" + ids.id("alpha"));
    workspace.switchSpace("team-beta", null);
    assertThat(workspace.space().id()).isEqualTo(ids.id("beta"));
    workspace.switchSpace("Default Space", "Default Organization");
    assertThat(workspace.spaceUrl()).isEqualTo(start);
    assertThatThrownBy(() -> workspace.switchSpace("team-beta", null)).isInstanceOf(NameNotFoundException.class);
    assertThat(workspace.spaceUrl()).isEqualTo(start);
  }

  @Test
  void listsCreatesAndFactories() {
    seed(SEED);
    Workspace workspace = client.workspace("Acme", "team-alpha");

    assertThat(workspace.getAllOrganizations()).extracting(Organization::name)
        .containsExactly("Default Organization", "Acme");
    assertThat(workspace.getAllSpaces()).extracting(Space::name).containsExactly("team-alpha", "team-beta");
    String gammaId = workspace.createNewSpace("team-gamma");
    assertThat(workspace.space().id()).isEqualTo(gammaId);
    workspace.createNewSpace("team-delta", false);
    assertThat(workspace.space().id()).isEqualTo(gammaId);

    String url = workspace.createNewOrganizationAndSpace("Initech", "printers", "paper", true);
    assertThat(workspace.organization().name()).isEqualTo("Initech");
    assertThat(url).isEqualTo(workspace.spaceUrl());

    Workspace fresh = Workspace.createWithNewOrganization(client, "Globex", "labs", null);
    assertThat(fresh.organization().name()).isEqualTo("Globex");
    assertThat(fresh.space().name()).isEqualTo("labs");
    Workspace another = Workspace.createWithNewSpace(client, "Globex", "ops");
    assertThat(another.organization().id()).isEqualTo(fresh.organization().id());
    assertThat(another.getAllSpaces()).extracting(Space::name).containsExactly("labs", "ops");
    assertThatThrownBy(() -> Workspace.createWithNewSpace(client, "Nope", "x")).isInstanceOf(NameNotFoundException.class);
  }

  @Test
  void getUserMatchesPartsOfNamesOrEmails() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace();

    assertThat(workspace.getUser("jane@example.com").id()).isEqualTo(ids.id("jane"));
    assertThat(workspace.getUser("JANE").id()).isEqualTo(ids.id("jane"));
    assertThat(workspace.getUser("stone@example").id()).isEqualTo(ids.id("bob2"));
    assertThat(workspace.getUser("Doe").id()).isEqualTo(ids.id("jane"));
    assertThatThrownBy(() -> workspace.getUser("zed")).isInstanceOf(NameNotFoundException.class);
    assertThatThrownBy(() -> workspace.getUser(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assignSpaceMembershipCoversEveryUserAndSpacePair() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace("Acme", "team-alpha");

    List<SpaceMembership> memberships = workspace.assignSpaceMembership(List.of("Jane Doe", "bob@example.com"),
        List.of("team-alpha", "team-beta"), "readOnly");

    assertThat(memberships).hasSize(4).allSatisfy(m -> assertThat(m.role()).isEqualTo(SpaceRole.READ_ONLY));
    assertThat(memberships).extracting(SpaceMembership::userId)
        .containsExactly(ids.id("jane"), ids.id("jane"), ids.id("bob"), ids.id("bob"));
    List<SpaceMembership> custom = workspace.assignSpaceMembershipById(List.of(ids.id("jane")), null,
        SpaceRole.custom(ids.id("ds")));
    assertThat(custom).singleElement().satisfies(m -> assertThat(m.spaceId()).isEqualTo(ids.id("alpha")));

    assertThatThrownBy(() -> workspace.assignSpaceMembership(List.of("Bob Stone"), null, SpaceRole.MEMBER))
        .isInstanceOfSatisfying(AmbiguousNameException.class,
            e -> assertThat(e.candidateIds()).containsExactly(ids.id("bob"), ids.id("bob2")));
    assertThatThrownBy(() -> workspace.assignSpaceMembership(List.of("bob.stone@example.org"), null, SpaceRole.MEMBER))
        .as("not a member of the organization").isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> workspace.assignSpaceMembership(List.of(), null, SpaceRole.MEMBER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removeSpaceMemberReturnsTheSpace() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace("Acme", "team-alpha");
    workspace.assignSpaceMembershipById(List.of(ids.id("jane"), ids.id("bob")), List.of(ids.id("alpha"), ids.id("beta")),
        SpaceRole.MEMBER);

    assertThat(workspace.removeSpaceMember("jane@example.com", null))
        .isEqualTo(new SpaceMemberRemoval(ids.id("alpha"), "team-alpha"));
    assertThat(workspace.removeSpaceMember("Jane Doe", "team-beta"))
        .isEqualTo(new SpaceMemberRemoval(ids.id("beta"), "team-beta"));
    assertThat(workspace.removeSpaceMemberById(ids.id("bob"), ids.id("beta")).spaceName()).isEqualTo("team-beta");
    assertThatThrownBy(() -> workspace.removeSpaceMemberById(" ", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSpaceAdminKeyIsScopedToTheActiveSpace() {
    Workspace workspace = client.workspace();
    CreatedApiKey key = workspace.createSpaceAdminApiKey("automation");

    assertThat(key.botUser().orElseThrow().organizations()).singleElement()
        .satisfies(org -> assertThat(org.spaces()).singleElement().isEqualTo(
            new io.github.arizeadmin.core.model.ServiceKeyBotUser.SpaceAccess(workspace.space().id(), SpaceRole.ADMIN)));
    assertThat(key.apiKey().expiresAt()).isEmpty();
  }

  @Test
  void urlBuildersHaveTheToolkitsShapesAndAConfigurableAppUrl() {
    try (ArizeAdminClient eu = ArizeAdminClient.builder().apiKey(fake.adminKey()).baseUrl(fake.baseUrl())
        .appUrl("https://app.eu-west-1a.arize.com/").build()) {
      Workspace workspace = eu.workspace();
      String space = "https://app.eu-west-1a.arize.com/organizations/" + workspace.organization().id() + "/spaces/"
          + workspace.space().id();
      assertThat(workspace.spaceUrl()).isEqualTo(space);
      assertThat(workspace.modelUrl("TW9kZWw6MTpGdmxM")).isEqualTo(space + "/models/TW9kZWw6MTpGdmxM");
      assertThat(workspace.customMetricUrl("m1", "cm/1")).isEqualTo(space + "/models/m1/custom_metrics/cm%2F1");
      assertThat(workspace.monitorUrl("mon1")).isEqualTo(space + "/monitors/mon1");
      assertThat(workspace.promptUrl("p1")).isEqualTo(space + "/prompt-hub/p1");
      assertThat(workspace.promptVersionUrl("p1", "v2")).isEqualTo(space + "/prompt-hub/p1?version=v2");
    }
  }
}
