package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles, role bindings, projects and restrictions over HTTP against the fake server. */
class RolesBindingsProjectsFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"}],
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ"]},
                 {"ref":"viewer","name":"Viewer","permissions":["SPACE_READ"]}],
        "organizations":[{"ref":"acme","name":"Acme","members":[{"user":"jane","role":"MEMBER"}],
          "spaces":[{"ref":"alpha","name":"team-alpha","members":[{"user":"jane","role":"MEMBER"}],
            "projects":[{"ref":"fraud","name":"fraud-model"},{"ref":"churn","name":"churn"}]}]}]}]}
      """;

  @Test
  void rolesCrudByName() {
    Role created = client.roles().create("Auditor", List.of(Permission.SPACE_READ, Permission.PROJECT_READ), "reads");
    assertThat(created.isPredefined()).isFalse();
    assertThat(created.permissions()).containsExactly(Permission.SPACE_READ, Permission.PROJECT_READ);

    Role updated = client.roles().update("Auditor", RoleUpdate.permissions(List.of(Permission.USER_READ)));
    assertThat(updated.permissions()).containsExactly(Permission.USER_READ);
    assertThat(updated.description()).isEqualTo("reads");
    assertThat(client.roles().listAll(false).toList()).extracting(Role::name).containsExactly("Auditor");
    assertThat(client.roles().listAll(true).toList()).isNotEmpty().allMatch(Role::isPredefined);
    assertThatThrownBy(() -> client.roles().create("Auditor", List.of(Permission.USER_READ), null))
        .isInstanceOf(ConflictException.class);

    Role admin = client.roles().listAll(true).stream().filter(r -> r.name().equals("Admin")).findFirst().orElseThrow();
    assertThatThrownBy(() -> client.roles().delete(admin.id())).isInstanceOf(BadRequestException.class);
    client.roles().delete("Auditor");
    assertThatThrownBy(() -> client.roles().get("Auditor")).isInstanceOfSatisfying(NameNotFoundException.class,
        e -> assertThat(e.availableNames()).contains("Admin").doesNotContain("Auditor"));
  }

  @Test
  void bindingsByNamesWithDuplicatesUpdatesAndDeletes() {
    SeedResult ids = seed(SEED);

    RoleBinding onProject = client.roleBindings().createOnProject("jane@example.com", "Data Scientist", "fraud-model",
        "team-alpha");
    RoleBinding onSpace = client.roleBindings().create(ids.id("jane"), "Viewer", ResourceType.SPACE, "team-alpha");
    assertThat(onProject.resourceId()).isEqualTo(ids.id("fraud"));
    assertThat(onProject.resourceType()).isEqualTo(ResourceType.PROJECT);
    assertThat(onSpace.resourceId()).isEqualTo(ids.id("alpha"));
    assertThatThrownBy(() -> client.roleBindings().create(ids.id("jane"), ids.id("ds"), ResourceType.PROJECT,
        ids.id("fraud"))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> client.roleBindings().create(ids.id("jane"), "Viewer", ResourceType.PROJECT, "churn"))
        .isInstanceOf(NameNotFoundException.class).hasMessageContaining("space");

    RoleBinding changed = client.roleBindings().update(onProject.id(), "Viewer");
    assertThat(changed.roleId()).isEqualTo(ids.id("viewer"));
    assertThat(client.roleBindings().get(onProject.id()).roleId()).isEqualTo(ids.id("viewer"));
    assertThat(client.roleBindings().listAll(ResourceType.PROJECT, "jane@example.com").toList())
        .extracting(RoleBinding::id).containsExactly(onProject.id());
    assertThat(client.roleBindings().list(ResourceType.SPACE, null, 10, null).items())
        .extracting(RoleBinding::id).contains(onSpace.id());

    client.roleBindings().delete(onProject.id());
    assertThatThrownBy(() -> client.roleBindings().get(onProject.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void projectsCrudWithinTheirSpace() {
    SeedResult ids = seed(SEED);

    Project created = client.projects().create("ltv", "team-alpha");
    assertThat(created.spaceId()).isEqualTo(ids.id("alpha"));
    assertThat(client.projects().get("ltv", ids.id("alpha"))).isEqualTo(created);
    assertThat(client.projects().listAll(ProjectFilter.defaults().withSpace("team-alpha")).toList()).extracting(Project::name)
        .containsExactlyInAnyOrder("fraud-model", "churn", "ltv");
    assertThat(client.projects().list(ProjectFilter.defaults().withName("fra").withSpace(ids.id("alpha")), 10, null).items()).extracting(Project::name)
        .containsExactly("fraud-model");
    assertThat(client.projects().update("ltv", "team-alpha", "lifetime-value").name()).isEqualTo("lifetime-value");
    assertThatThrownBy(() -> client.projects().create("churn", "team-alpha")).isInstanceOf(ConflictException.class);
    client.projects().delete("lifetime-value", "team-alpha");
    assertThatThrownBy(() -> client.projects().get(created.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void restrictIsIdempotentAndUnrestrictTwiceIsNotFound() {
    SeedResult ids = seed(SEED);

    ResourceRestriction first = client.resourceRestrictions().restrict("fraud-model", "team-alpha");
    ResourceRestriction again = client.resourceRestrictions().restrict(ids.id("fraud"));
    assertThat(again).isEqualTo(first);
    assertThat(first.resourceType()).isEqualTo(ResourceType.PROJECT);
    assertThat(client.resourceRestrictions().listAll().toList()).containsExactly(first);
    assertThatThrownBy(() -> client.resourceRestrictions().restrict(ids.id("alpha")))
        .isInstanceOf(BadRequestException.class);

    client.resourceRestrictions().unrestrict("fraud-model", "team-alpha");
    assertThatThrownBy(() -> client.resourceRestrictions().unrestrict(ids.id("fraud")))
        .isInstanceOf(NotFoundException.class);
    assertThat(client.resourceRestrictions().list(ResourceType.PROJECT, 10, null).items()).isEmpty();
  }
}
