package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleRequest;
import io.github.arizeadmin.api.generated.model.Permission;
import io.github.arizeadmin.api.generated.model.Role;
import io.github.arizeadmin.api.generated.model.RoleBinding;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UpdateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.UpdateRoleRequest;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RolesAndBindingsTest extends FakeTest {

  private String predefined(String name) {
    return ok(admin.roles().listRoles(100, null, true)).getRoles().stream().filter(r -> r.getName().equals(name))
        .findFirst().orElseThrow().getId();
  }

  @Test
  @Tag("R-PREDEF-IMMUTABLE")
  void predefinedRolesAreListedWithFixedIdsAndCannotChange() {
    List<Role> roles = ok(admin.roles().listRoles(null, null, true)).getRoles();
    assertThat(roles).extracting(Role::getName).containsExactly("Admin", "Member", "Read Only", "Annotator");
    assertThat(roles).allMatch(Role::getIsPredefined);
    assertThat(roles.get(0).getPermissions()).hasSize(132);
    String adminRole = roles.get(0).getId();
    fails(400, admin.roles().updateRole(adminRole, new UpdateRoleRequest().name("Boss")));
    fails(400, admin.roles().deleteRole(adminRole));
    seed(Team.SEED);
    assertThat(ok(api(Team.OTHER_ADMIN).roles().getRole(adminRole)).getName()).isEqualTo("Admin");
    assertThat(ok(admin.roles().listRoles(null, null, false)).getRoles()).noneMatch(Role::getIsPredefined);
  }

  @Test
  @Tag("R-UNIQ-ROLE")
  void roleNamesAreUniqueInTheAccount() {
    Role ds = ok(admin.roles().createRole(new CreateRoleRequest().name("DS").permissions(List.of(Permission.PROJECT_READ))));
    assertThat(ds.getDescription()).isNull();
    fails(409, admin.roles().createRole(new CreateRoleRequest().name("DS").permissions(List.of(Permission.PROJECT_READ))));
    fails(409, admin.roles().createRole(new CreateRoleRequest().name("Admin").permissions(List.of(Permission.PROJECT_READ))));
    Role other = ok(admin.roles().createRole(new CreateRoleRequest().name("Other")
        .permissions(List.of(Permission.PROJECT_READ))));
    fails(409, admin.roles().updateRole(other.getId(), new UpdateRoleRequest().name("DS")));
  }

  @Test
  @Tag("R-PERM-MIN1")
  @Tag("R-PERM-REPLACE")
  @Tag("R-SAML-IDS")
  void permissionsAreRequiredAndReplacedAsAWhole() {
    fails(400, admin.roles().createRole(new CreateRoleRequest().name("Empty").permissions(List.of())));
    Role ds = ok(admin.roles().createRole(new CreateRoleRequest().name("DS")
        .permissions(List.of(Permission.PROJECT_READ, Permission.DATASET_READ))));
    Role updated = ok(admin.roles().updateRole(ds.getId(), new UpdateRoleRequest()
        .permissions(List.of(Permission.MONITOR_READ))));
    assertThat(updated.getPermissions()).containsExactly(Permission.MONITOR_READ);
    fails(400, admin.roles().updateRole(ds.getId(), new UpdateRoleRequest().permissions(List.of())));
    fails(400, admin.roles().updateRole(ds.getId(), new UpdateRoleRequest()));
    assertThat(ok(admin.roles().getRole(ds.getId())).getId()).isEqualTo(ds.getId()); // a role keeps its ID
  }

  @Test
  @Tag("R-ROLE-SOFTDEL")
  void deletingACustomRoleRemovesItsBindingsAndCustomMembershipsAndFreesTheName() {
    SeedResult ids = seed(Team.SEED);
    ok(admin.spaces().addSpaceUser(ids.id("alpha"), new AddSpaceUserRequest().userId(ids.id("plain"))
        .role(customRole(ids.id("ds")))));
    assertThat(status(admin.roles().deleteRole(ids.id("ds")))).isEqualTo(204);
    fails(404, admin.roles().getRole(ids.id("ds")));
    fails(404, admin.spaces().removeSpaceUser(ids.id("alpha"), ids.id("plain")));
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, ids.id("plain")))
        .getRoleBindings()).isEmpty();
    Role again = ok(admin.roles().createRole(new CreateRoleRequest().name("Data Scientist")
        .permissions(List.of(Permission.PROJECT_READ))));
    assertThat(again.getId()).isNotEqualTo(ids.id("ds"));
  }

  @Test
  @Tag("R-BIND-TYPES")
  void bindingsTargetSpacesOrProjectsWithMatchingIds() {
    SeedResult ids = seed(Team.SEED);
    CreateRoleBindingRequest wrong = new CreateRoleBindingRequest().userId(ids.id("plain")).roleId(ids.id("ds"))
        .resourceType(RoleBindingResourceType.PROJECT).resourceId(ids.id("alpha"));
    fails(400, admin.roleBindings().createRoleBinding(wrong));
    fails(400, admin.roleBindings().createRoleBinding(wrong.resourceType(RoleBindingResourceType.SPACE)
        .resourceId(ids.id("fraud"))));
    RoleBinding project = ok(admin.roleBindings().createRoleBinding(wrong.resourceType(RoleBindingResourceType.PROJECT)
        .resourceId(ids.id("fraud"))));
    assertThat(project.getResourceId()).isEqualTo(ids.id("fraud"));
    // a Project: ID names the same project
    String projectTyped = java.util.Base64.getEncoder().encodeToString(new String(java.util.Base64.getDecoder()
        .decode(ids.id("churn"))).replace("Model:", "Project:").getBytes());
    ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(ids.id("plain"))
        .roleId(predefined("Read Only")).resourceType(RoleBindingResourceType.PROJECT).resourceId(projectTyped)));
  }

  @Test
  @Tag("R-UNIQ-BINDING")
  void oneBindingPerUserAndResource() {
    SeedResult ids = seed(Team.SEED);
    CreateRoleBindingRequest request = new CreateRoleBindingRequest().userId(ids.id("plain")).roleId(ids.id("ds"))
        .resourceType(RoleBindingResourceType.SPACE).resourceId(ids.id("beta"));
    ok(admin.roleBindings().createRoleBinding(request));
    fails(409, admin.roleBindings().createRoleBinding(request.roleId(predefined("Member"))));
    // a CUSTOM membership is a binding too
    fails(409, admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(ids.id("binder"))
        .roleId(ids.id("ds")).resourceType(RoleBindingResourceType.SPACE).resourceId(ids.id("alpha"))));
  }

  @Test
  @Tag("R-BIND-PATCH")
  void onlyTheRoleOfABindingChanges() {
    SeedResult ids = seed(Team.SEED);
    RoleBinding binding = ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest()
        .userId(ids.id("plain")).roleId(ids.id("ds")).resourceType(RoleBindingResourceType.PROJECT)
        .resourceId(ids.id("fraud"))));
    RoleBinding updated = ok(admin.roleBindings().updateRoleBinding(binding.getId(),
        new UpdateRoleBindingRequest().roleId(predefined("Read Only"))));
    assertThat(updated.getId()).isEqualTo(binding.getId());
    assertThat(updated.getRoleId()).isEqualTo(predefined("Read Only"));
    assertThat(updated.getUserId()).isEqualTo(binding.getUserId());
    assertThat(updated.getResourceId()).isEqualTo(binding.getResourceId());
    assertThat(updated.getCreatedAt()).isEqualTo(binding.getCreatedAt());
    assertThat(status(admin.roleBindings().deleteRoleBinding(binding.getId()))).isEqualTo(204);
    fails(404, admin.roleBindings().getRoleBinding(binding.getId()));
  }

  @Test
  @Tag("R-BIND-VISIBLE")
  void everyAccountMemberSeesEveryBindingButManagingNeedsPermissions() {
    SeedResult ids = seed(Team.SEED);
    RoleBinding binding = ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest()
        .userId(ids.id("plain")).roleId(ids.id("ds")).resourceType(RoleBindingResourceType.SPACE)
        .resourceId(ids.id("beta"))));
    assertThat(ok(api(Team.OUTSIDER).roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, null))
        .getRoleBindings()).extracting(RoleBinding::getId).contains(binding.getId());
    ok(api(Team.ANNOTATOR).roleBindings().getRoleBinding(binding.getId()));
    assertThat(ok(api(Team.OTHER_ADMIN).roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null,
        null)).getRoleBindings()).isEmpty();
    fails(404, api(Team.OTHER_ADMIN).roleBindings().getRoleBinding(binding.getId()));
    fails(404, api(Team.MEMBER).roleBindings().deleteRoleBinding(binding.getId()));
    fails(404, api(Team.MEMBER).roleBindings().updateRoleBinding(binding.getId(),
        new UpdateRoleBindingRequest().roleId(ids.id("ds"))));
    fails(403, api(Team.MEMBER).roleBindings().createRoleBinding(new CreateRoleBindingRequest()
        .userId(ids.id("plain")).roleId(ids.id("ds")).resourceType(RoleBindingResourceType.SPACE)
        .resourceId(ids.id("alpha"))));
    fails(404, admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, ids.id("other-admin")));
  }
}
