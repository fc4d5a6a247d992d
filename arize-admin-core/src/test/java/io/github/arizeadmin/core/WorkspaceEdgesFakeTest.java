package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.SpaceMemberRemoval;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace's defaults (the active space when none is given, the first space of an organization),
 * what a switch leaves alone, and the user lists it refuses before any request.
 */
class WorkspaceEdgesFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"},
                 {"ref":"bob","name":"Bob Stone","email":"bob@example.com"}],
        "organizations":[{"ref":"acme","name":"Acme",
          "members":[{"user":"jane","role":"MEMBER"},{"user":"bob","role":"MEMBER"}],
          "spaces":[{"ref":"alpha","name":"team-alpha"},{"ref":"beta","name":"team-beta"}]}]}]}
      """;

  private SeedResult ids;

  @BeforeEach
  void seedAccount() {
    ids = seed(SEED);
  }

  @Test
  void theFirstCallOfAnyKindActivatesTheFirstSpace() {
    assertThat(client.workspace().space().name()).isEqualTo("Default Space");

    try (ArizeAdminClient other = clientWithKey(fake.adminKey())) {
      String defaultSpace = other.spaces().get("Default Space").id();
      assertThat(other.workspace().modelUrl("m1")).contains("/spaces/" + defaultSpace + "/models/m1");
    }
  }

  @Test
  void aCallerInNoOrganizationHasNoWorkspace() {
    String key = "ak-loner00000000000000000000000000000000000";
    seed("""
        {"accounts":[{"name":"default","users":[{"ref":"loner","name":"Lo Ner","email":"loner@example.com",
          "role":"MEMBER","api_keys":[{"name":"loner-key","key":"%s"}]}]}]}
        """.formatted(key));

    try (ArizeAdminClient loner = clientWithKey(key)) {
      assertThatThrownBy(() -> loner.workspace().space()).isInstanceOf(IllegalStateException.class)
          .hasMessage("The caller can access no organization");
      assertThat(loner.workspace().toString()).isEqualTo("Workspace{not activated yet}");
    }
  }

  @Test
  void switchingWithNoArgumentKeepsANonFirstSpace() {
    Workspace workspace = client.workspace();
    workspace.switchSpace("team-beta", "Acme");

    assertThat(workspace.switchSpace(null, null)).endsWith("/spaces/" + ids.id("beta"));
    assertThat(workspace.space().id()).isEqualTo(ids.id("beta"));
    assertThat(workspace.organization().id()).isEqualTo(ids.id("acme"));
  }

  @Test
  void anOrganizationAloneSwitchesToItsFirstSpaceAndAnEmptyOneChangesNothing() {
    Workspace workspace = client.workspace();
    workspace.spaceUrl();

    assertThat(workspace.switchSpace(null, ids.id("acme"))).endsWith("/organizations/" + ids.id("acme") + "/spaces/"
        + ids.id("alpha"));
    client.organizations().create("Empty");
    assertThatThrownBy(() -> workspace.switchSpace(null, "Empty")).isInstanceOf(IllegalStateException.class)
        .hasMessage("Organization 'Empty' has no space");
    assertThat(workspace.space().id()).as("unchanged").isEqualTo(ids.id("alpha"));
  }

  @Test
  void noSpaceListMeansTheActiveSpaceAndOnlyIt() {
    Workspace workspace = client.workspace();
    workspace.switchSpace("team-beta", "Acme");

    for (List<String> none : Arrays.asList(null, List.<String>of())) {
      List<SpaceMembership> byName = workspace.assignSpaceMembership(List.of("jane@example.com"), none, SpaceRole.MEMBER);
      assertThat(byName).singleElement().satisfies(m -> assertThat(m.spaceId()).isEqualTo(ids.id("beta")));
      List<SpaceMembership> byId = workspace.assignSpaceMembershipById(List.of(ids.id("bob")), none, SpaceRole.MEMBER);
      assertThat(byId).singleElement().satisfies(m -> assertThat(m.spaceId()).isEqualTo(ids.id("beta")));
    }
  }

  @Test
  void removingFromTheActiveSpaceRemovesTheMembershipThere() {
    Workspace workspace = client.workspace();
    workspace.switchSpace("team-beta", "Acme");
    workspace.assignSpaceMembershipById(List.of(ids.id("jane"), ids.id("bob")), List.of(ids.id("alpha"), ids.id("beta")),
        SpaceRole.MEMBER);

    assertThat(workspace.removeSpaceMember("jane@example.com", null))
        .isEqualTo(new SpaceMemberRemoval(ids.id("beta"), "team-beta"));
    assertThatThrownBy(() -> workspace.removeSpaceMember("jane@example.com", null)).as("already removed")
        .isInstanceOf(NotFoundException.class);
    assertThat(workspace.removeSpaceMemberById(ids.id("bob"), null))
        .isEqualTo(new SpaceMemberRemoval(ids.id("beta"), "team-beta"));
    assertThatThrownBy(() -> workspace.removeSpaceMemberById(ids.id("bob"), ids.id("beta"))).as("already removed")
        .isInstanceOf(NotFoundException.class);

    assertThat(workspace.removeSpaceMember("jane@example.com", "team-alpha").spaceId()).as("still a member there")
        .isEqualTo(ids.id("alpha"));
    assertThat(workspace.removeSpaceMemberById(ids.id("bob"), ids.id("alpha")).spaceName()).isEqualTo("team-alpha");
  }

  @Test
  void aSpaceGivenByIdIsReadWithoutActivatingTheWorkspace() {
    client.workspace().assignSpaceMembershipById(List.of(ids.id("jane")), List.of(ids.id("alpha")), SpaceRole.MEMBER);
    requests.take();

    client.workspace().removeSpaceMember(ids.id("jane"), ids.id("alpha"));

    assertThat(requests.take()).as("the space by ID, then the removal; no organization or space list")
        .satisfiesExactly(read -> assertThat(read).startsWith("GET /v2/spaces/").doesNotContain("?"),
            removal -> assertThat(removal).startsWith("DELETE /v2/spaces/").contains("/users/"));
    assertThat(client.workspace().toString()).isEqualTo("Workspace{not activated yet}");
  }

  @Test
  void aMissingOrBlankUserIsRefusedBeforeAnyRequest() {
    Workspace workspace = client.workspace();
    requests.take();
    List<List<String>> refused = Arrays.asList(null, List.of(), List.of(" "), Arrays.asList("jane@example.com", null),
        List.of("jane@example.com", ""));

    for (List<String> users : refused) {
      assertThatThrownBy(() -> workspace.assignSpaceMembership(users, List.of("team-alpha"), SpaceRole.MEMBER))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Give at least one user, and no blank one");
      assertThatThrownBy(() -> workspace.assignSpaceMembershipById(users, List.of(ids.id("alpha")), SpaceRole.MEMBER))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Give at least one user, and no blank one");
    }
    assertThat(requests.take()).isEmpty();
  }
}
