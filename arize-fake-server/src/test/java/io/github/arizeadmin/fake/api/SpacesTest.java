package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.RoleBinding;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.Space;
import io.github.arizeadmin.api.generated.model.SpaceMembership;
import io.github.arizeadmin.api.generated.model.UpdateSpaceRequest;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SpacesTest extends FakeTest {

  @Test
  @Tag("R-UNIQ-SPACE")
  void spaceNamesAreUniquePerOrganizationOnly() {
    SeedResult ids = seed(Team.SEED);
    fails(409, admin.spaces().createSpace(new CreateSpaceRequest().name("alpha").organizationId(ids.id("acme"))));
    String defaultOrg = ok(admin.organizations().listOrganizations("Default", null, null)).getOrganizations().get(0)
        .getId();
    Space alpha2 = ok(admin.spaces().createSpace(new CreateSpaceRequest().name("alpha").organizationId(defaultOrg)));
    assertThat(alpha2.getDescription()).isEmpty();
    fails(409, admin.spaces().updateSpace(ids.id("beta"), new UpdateSpaceRequest().name("alpha")));
    fails(400, admin.spaces().updateSpace(ids.id("beta"), new UpdateSpaceRequest()));
    fails(400, admin.spaces().createSpace(new CreateSpaceRequest().name("   ").organizationId(ids.id("acme"))));
    assertThat(ok(admin.spaces().updateSpace(ids.id("beta"), new UpdateSpaceRequest().name("gamma"))).getName())
        .isEqualTo("gamma");
  }

  @Test
  void createInAMissingOrganizationIs404() {
    fails(404, admin.spaces().createSpace(new CreateSpaceRequest().name("x")
        .organizationId("T3JnYW5pemF0aW9uOjk5OTk6YWJjZA==")));
  }

  @Test
  @Tag("R-FILTER-CI")
  void listFiltersByOrganizationAndCaseInsensitiveName() {
    SeedResult ids = seed(Team.SEED);
    assertThat(ok(admin.spaces().listSpaces(ids.id("acme"), "ALP", null, null)).getSpaces())
        .extracting(Space::getName).containsExactly("alpha");
    assertThat(ok(admin.spaces().listSpaces(ids.id("other-org"), null, null, null)).getSpaces()).isEmpty();
    assertThat(ok(api(Team.MEMBER).spaces().listSpaces(null, null, null, null)).getSpaces())
        .extracting(Space::getName).containsExactly("alpha");
  }

  @Test
  @Tag("R-UPSERT-SPACE")
  void addUserIsAnUpsertAndCustomRolesAreBindings() {
    SeedResult ids = seed(Team.SEED);
    String alpha = ids.id("alpha");
    SpaceMembership first = ok(admin.spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(spaceRole("READ_ONLY"))));
    SpaceMembership second = ok(admin.spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(customRole(ids.id("ds")))));
    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(second.getSpaceId()).isEqualTo(alpha);
    assertThat(((CustomRoleAssignment) second.getRole()).getName()).isEqualTo("Data Scientist");
    var bindings = ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null,
        ids.id("plain"))).getRoleBindings();
    assertThat(bindings).extracting(RoleBinding::getRoleId).containsExactly(ids.id("ds"));
    SpaceMembership third = ok(admin.spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(spaceRole("MEMBER"))));
    assertThat(third.getId()).isEqualTo(first.getId());
    assertThat(((PredefinedRoleAssignment) third.getRole()).getName().getValue()).isEqualTo("MEMBER");
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, ids.id("plain")))
        .getRoleBindings()).isEmpty();
  }

  @Test
  @Tag("R-ORG-FIRST")
  @Tag("R-USER-FIRST")
  void theUserMustBeInTheParentOrganizationFirst() {
    SeedResult ids = seed(Team.SEED);
    fails(400, admin.spaces().addSpaceUser(ids.id("alpha"),
        new AddSpaceUserRequest().userId(ids.id("outsider")).role(spaceRole("MEMBER"))));
    fails(404, admin.spaces().addSpaceUser(ids.id("alpha"),
        new AddSpaceUserRequest().userId(ids.id("other-admin")).role(spaceRole("MEMBER"))));
  }

  @Test
  @Tag("R-ANNOT-SPACE")
  void annotatorConstraintsApplyToPredefinedSpaceRoles() {
    SeedResult ids = seed(Team.SEED);
    String alpha = ids.id("alpha");
    fails(400, admin.spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("annotator")).role(spaceRole("READ_ONLY"))));
    fails(400, admin.spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(spaceRole("ANNOTATOR"))));
    ok(admin.spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("annotator")).role(customRole(ids.id("ds")))));
  }

  @Test
  void predefinedRolesNeedSpaceAdminAndCustomRolesNeedRoleBindingCreate() {
    SeedResult ids = seed(Team.SEED);
    String alpha = ids.id("alpha");
    fails(403, api(Team.MEMBER).spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(spaceRole("MEMBER"))));
    fails(403, api(Team.BINDER).spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(spaceRole("MEMBER"))));
    ok(api(Team.BINDER).spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(customRole(ids.id("ds")))));
    ok(api(Team.SPACE_ADMIN).spaces().addSpaceUser(alpha,
        new AddSpaceUserRequest().userId(ids.id("plain")).role(spaceRole("READ_ONLY"))));
    assertThat(status(api(Team.BINDER).spaces().removeSpaceUser(alpha, ids.id("plain")))).isEqualTo(204);
    fails(403, api(Team.MEMBER).spaces().removeSpaceUser(alpha, ids.id("reader")));
  }

  @Test
  @Tag("R-CASCADE-SPACEUSER")
  void removingAUserFromASpaceRemovesTheirBindingsThereAnd404sWhenNotAMember() {
    SeedResult ids = seed(Team.SEED);
    String member = ids.id("member");
    ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(member).roleId(ids.id("ds"))
        .resourceType(RoleBindingResourceType.SPACE).resourceId(ids.id("alpha"))));
    ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(member).roleId(ids.id("ds"))
        .resourceType(RoleBindingResourceType.SPACE).resourceId(ids.id("beta"))));
    assertThat(status(admin.spaces().removeSpaceUser(ids.id("alpha"), member))).isEqualTo(204);
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, member))
        .getRoleBindings()).extracting(RoleBinding::getResourceId).containsExactly(ids.id("beta"));
    fails(404, admin.spaces().removeSpaceUser(ids.id("alpha"), member));
    fails(404, admin.spaces().removeSpaceUser(ids.id("beta"), member));
  }

  @Test
  @Tag("R-CASCADE-SPACE")
  void deletingASpaceRemovesEverythingInItAndFreesTheName() {
    SeedResult ids = seed(Team.SEED);
    String alpha = ids.id("alpha");
    assertThat(status(admin.spaces().deleteSpace(alpha))).isEqualTo(204);
    fails(404, admin.spaces().getSpace(alpha));
    fails(404, admin.projects().getProject(ids.id("fraud")));
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, null))
        .getRoleBindings()).isEmpty();
    assertThat(fake.exportState()).doesNotContain("fraud-model");
    ok(admin.spaces().createSpace(new CreateSpaceRequest().name("alpha").organizationId(ids.id("acme"))));
  }

  @Test
  void spaceReadNeedsAPermissionAndInvisibleSpacesAre404() {
    SeedResult ids = seed(Team.SEED);
    ok(api(Team.READER).spaces().getSpace(ids.id("alpha")));
    fails(403, api(Team.MEMBER).spaces().getSpace(ids.id("beta")));
    fails(404, api(Team.OUTSIDER).spaces().getSpace(ids.id("alpha")));
    fails(403, api(Team.MEMBER).spaces().updateSpace(ids.id("alpha"), new UpdateSpaceRequest().name("x")));
    ok(api(Team.ORG_ADMIN).spaces().updateSpace(ids.id("beta"), new UpdateSpaceRequest().description("mine")));
  }
}
