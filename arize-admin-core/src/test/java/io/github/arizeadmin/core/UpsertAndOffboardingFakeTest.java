package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The create-or-update of role bindings, a user's bindings in one call, and offboarding from every organization. */
class UpsertAndOffboardingFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"}],
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ"]},
                 {"ref":"viewer","name":"Viewer","permissions":["SPACE_READ"]}],
        "organizations":[
          {"ref":"acme","name":"Acme","members":[{"user":"jane","role":"MEMBER"}],
           "spaces":[{"ref":"alpha","name":"team-alpha","members":[{"user":"jane","role":"MEMBER"}],
                      "projects":[{"ref":"fraud","name":"fraud-model"}]},
                     {"ref":"beta","name":"team-beta"}]},
          {"ref":"globex","name":"Globex","members":[{"user":"jane","role":"READ_ONLY"}],
           "spaces":[{"ref":"labs","name":"labs","members":[{"user":"jane","role":"READ_ONLY"}]}]},
          {"ref":"initech","name":"Initech"}]}]}
      """;

  @Test
  void upsertCreatesThenLeavesThenChangesTheBindingWithTheDocumentedRequests() {
    SeedResult ids = seed(SEED);
    String jane = ids.id("jane");
    requests.take();

    RoleBinding created = client.roleBindings().upsertOnProject(jane, ids.id("ds"), ids.id("fraud"), null);
    assertThat(requests.take()).containsExactly(
        "GET /v2/role-bindings?resource_type=PROJECT&limit=100&user_id=" + jane.replace("=", "%3D"),
        "POST /v2/role-bindings");

    RoleBinding same = client.roleBindings().upsertOnProject(jane, ids.id("ds"), ids.id("fraud"), null);
    assertThat(requests.take()).as("nothing to write").hasSize(1);
    assertThat(same).isEqualTo(created);

    RoleBinding changed = client.roleBindings().upsertOnProject("jane@example.com", "Viewer", "fraud-model", "team-alpha");
    assertThat(requests.take()).as("email, role scan, space, project, bindings, then the update")
        .hasSize(6).last().asString().startsWith("PATCH /v2/role-bindings/");
    assertThat(changed.id()).isEqualTo(created.id());
    assertThat(changed.roleId()).isEqualTo(ids.id("viewer"));
    assertThat(client.roleBindings().get(created.id()).roleId()).isEqualTo(ids.id("viewer"));

    RoleBinding onSpace = client.roleBindings().upsert(jane, "Viewer", ResourceType.SPACE, "team-beta");
    assertThat(onSpace.resourceId()).isEqualTo(ids.id("beta"));
    assertThatThrownBy(() -> client.roleBindings().create(jane, "Viewer", ResourceType.SPACE, "team-beta"))
        .as("create still refuses a second binding").isInstanceOf(ConflictException.class);
  }

  @Test
  void aUsersBindingsComeInOneListSpacesFirst() {
    SeedResult ids = seed(SEED);
    String jane = ids.id("jane");
    client.roleBindings().createOnProject(jane, "Data Scientist", "fraud-model", "team-alpha");
    client.spaces().addUser("team-beta", jane, SpaceRole.custom("Viewer"));
    requests.take();

    List<RoleBinding> bindings = client.roleBindings().listForUser("jane@example.com");

    assertThat(bindings).extracting(RoleBinding::resourceType).containsExactly(ResourceType.SPACE, ResourceType.PROJECT);
    assertThat(bindings).extracting(RoleBinding::resourceId).containsExactly(ids.id("beta"), ids.id("fraud"));
    assertThat(requests.take()).as("the email, then one page per resource type").hasSize(3);
  }

  @Test
  void removeUserFromAllLeavesEveryOrganizationAndItsSpacesAndNamesThem() {
    SeedResult ids = seed(SEED);
    String jane = ids.id("jane");
    requests.take();

    List<Organization> removedFrom = client.organizations().removeUserFromAll("jane@example.com");

    assertThat(removedFrom).extracting(Organization::name).containsExactly("Acme", "Globex");
    assertThat(requests.take()).as("email, organizations, one DELETE per organization (4 with the default one)")
        .hasSize(6).filteredOn(request -> request.startsWith("DELETE")).hasSize(4);
    assertThatThrownBy(() -> client.spaces().removeUser("team-alpha", jane)).as("the cascade reached the spaces")
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.spaces().addUser("labs", jane, SpaceRole.MEMBER))
        .as("no longer in the organization").isInstanceOf(BadRequestException.class);
    assertThat(client.organizations().removeUserFromAll(jane)).isEmpty();
  }
}
