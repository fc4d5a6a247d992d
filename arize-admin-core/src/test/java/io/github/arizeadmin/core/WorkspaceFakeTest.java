package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMemberRemoval;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
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
  void theWorkspaceIsOneInstanceThatLooksUpTheFirstOrganizationAndSpaceWhenFirstNeeded() {
    Workspace workspace = client.workspace();
    assertThat(workspace.toString()).as("no lookup yet").isEqualTo("Workspace{not activated yet}");

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
  void listsAndCreates() {
    seed(SEED);
    Workspace workspace = client.workspace();
    workspace.switchSpace("team-alpha", "Acme");

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
    workspace.createNewOrganizationAndSpace("Globex", "labs", null, false);
    assertThat(workspace.space().name()).isEqualTo("printers");
    assertThatThrownBy(() -> workspace.switchSpace(null, "Nope")).isInstanceOf(NameNotFoundException.class);
  }

  @Test
  void getUserMatchesUsersAsTheWholeClientDoesByIdOrEmail() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace();

    assertThat(workspace.getUser("JANE@example.com").id()).isEqualTo(ids.id("jane"));
    assertThat(workspace.getUser(ids.id("bob2")).email()).isEqualTo("bob.stone@example.org");
    assertThatThrownBy(() -> workspace.getUser("stone@example")).as("an email is matched exactly")
        .isInstanceOf(NameNotFoundException.class);
    assertThatThrownBy(() -> workspace.getUser("Jane Doe")).as("a display name is no user ID")
        .isInstanceOf(io.github.arizeadmin.core.ArizeApiException.class);
    assertThatThrownBy(() -> workspace.getUser(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assignSpaceMembershipCoversEveryUserAndSpacePair() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace();
    workspace.switchSpace("team-alpha", "Acme");

    List<SpaceMembership> memberships = workspace.assignSpaceMembership(List.of("jane@example.com", "bob@example.com"),
        List.of("team-alpha", "team-beta"), "readOnly");

    assertThat(memberships).hasSize(4).allSatisfy(m -> assertThat(m.role()).isEqualTo(SpaceRole.READ_ONLY));
    assertThat(memberships).extracting(SpaceMembership::userId)
        .containsExactly(ids.id("jane"), ids.id("jane"), ids.id("bob"), ids.id("bob"));
    List<SpaceMembership> custom = workspace.assignSpaceMembershipById(List.of(ids.id("jane")), null,
        SpaceRole.custom(ids.id("ds")));
    assertThat(custom).singleElement().satisfies(m -> assertThat(m.spaceId()).isEqualTo(ids.id("alpha")));
    List<SpaceMembership> byName = workspace.assignSpaceMembership(List.of("bob@example.com"), List.of("team-beta"),
        SpaceRole.custom("Data Scientist"));
    assertThat(byName).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo(SpaceRole.custom(ids.id("ds"))));

    assertThatThrownBy(() -> workspace.assignSpaceMembership(List.of("nobody@example.com"), null, SpaceRole.MEMBER))
        .isInstanceOf(NameNotFoundException.class);
    assertThatThrownBy(() -> workspace.assignSpaceMembership(List.of("bob.stone@example.org"), null, SpaceRole.MEMBER))
        .as("not a member of the organization").isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> workspace.assignSpaceMembership(List.of(), null, SpaceRole.MEMBER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void removeSpaceMemberReturnsTheSpace() {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace();
    workspace.switchSpace("team-alpha", "Acme");
    workspace.assignSpaceMembershipById(List.of(ids.id("jane"), ids.id("bob")), List.of(ids.id("alpha"), ids.id("beta")),
        SpaceRole.MEMBER);

    assertThat(workspace.removeSpaceMember("jane@example.com", null))
        .isEqualTo(new SpaceMemberRemoval(ids.id("alpha"), "team-alpha"));
    assertThat(workspace.removeSpaceMember(ids.id("jane"), "team-beta"))
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
  void aViewWithOtherOptionsSharesTheActiveSpaceAndSendsWithItsOptions() throws Exception {
    SeedResult ids = seed(SEED);
    Workspace workspace = client.workspace();
    Workspace impatient = workspace.withOptions(RequestOptions.defaults().withoutRetries());
    impatient.switchSpace("team-beta", "Acme");
    assertThat(workspace.space().id()).as("one active space for both").isEqualTo(ids.id("beta"));

    fault("listOrganizations", 503, 1, null);
    assertThatThrownBy(impatient::getAllOrganizations).isInstanceOf(ServerException.class);
    fault("listOrganizations", 503, 1, null);
    assertThat(workspace.getAllOrganizations()).as("the client's retries").hasSize(2);
    assertThat(time.sleeps()).hasSize(1);
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
      assertThat(workspace.promptVersionUrl("p 1", "v2&x=1")).isEqualTo(space + "/prompt-hub/p%201?version=v2%26x%3D1");
    }
  }
}
