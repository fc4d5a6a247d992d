package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.CreateResourceRestrictionRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.Organization;
import io.github.arizeadmin.api.generated.model.OrganizationCustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationMembership;
import io.github.arizeadmin.api.generated.model.OrganizationPredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UpdateOrganizationRequest;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class OrganizationsTest extends FakeTest {

  @Test
  void freshStateHasOneOrganizationAndSpaceWithTheAdminInBoth() {
    var orgs = ok(admin.organizations().listOrganizations(null, null, null)).getOrganizations();
    assertThat(orgs).extracting(Organization::getName).containsExactly("Default Organization");
    var spaces = ok(admin.spaces().listSpaces(orgs.get(0).getId(), null, null, null)).getSpaces();
    assertThat(spaces).extracting(s -> s.getName()).containsExactly("Default Space");
  }

  @Test
  @Tag("R-UNIQ-ORG")
  void organizationNamesAreUniqueInTheAccountOnCreateAndRename() {
    Organization acme = ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Acme")));
    assertThat(acme.getDescription()).isEmpty();
    fails(409, admin.organizations().createOrganization(new CreateOrganizationRequest().name("Acme")));
    Organization other = ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Other")));
    fails(409, admin.organizations().updateOrganization(other.getId(), new UpdateOrganizationRequest().name("Acme")));
    fails(400, admin.organizations().updateOrganization(other.getId(), new UpdateOrganizationRequest()));
    assertThat(ok(admin.organizations().updateOrganization(other.getId(),
        new UpdateOrganizationRequest().description("d"))).getDescription()).isEqualTo("d");
    // another account may use the same name
    seed(Team.SEED);
    ok(api(Team.OTHER_ADMIN).organizations().createOrganization(new CreateOrganizationRequest().name("Acme")));
  }

  @Test
  @Tag("R-FILTER-CI")
  void nameFilterIsACaseInsensitiveSubstring() {
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Fraud Team")));
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Growth")));
    assertThat(ok(admin.organizations().listOrganizations("fRAUD", null, null)).getOrganizations())
        .extracting(Organization::getName).containsExactly("Fraud Team");
  }

  @Test
  @Tag("R-UPSERT-ORG")
  void addUserIsAnUpsertKeepingTheMembershipId() {
    SeedResult ids = seed(Team.SEED);
    String org = ids.id("acme");
    OrganizationMembership first = ok(admin.organizations().addOrganizationUser(org,
        new AddOrganizationUserRequest().userId(ids.id("outsider")).role(orgRole("MEMBER"))));
    OrganizationMembership second = ok(admin.organizations().addOrganizationUser(org,
        new AddOrganizationUserRequest().userId(ids.id("outsider")).role(orgRole("READ_ONLY"))));
    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(((OrganizationPredefinedRoleAssignment) second.getRole()).getName().getValue()).isEqualTo("READ_ONLY");
    assertThat(second.getOrganizationId()).isEqualTo(org);
  }

  @Test
  @Tag("R-USER-FIRST")
  void theUserMustExistInTheAccount() {
    SeedResult ids = seed(Team.SEED);
    fails(404, admin.organizations().addOrganizationUser(ids.id("acme"),
        new AddOrganizationUserRequest().userId(ids.id("other-admin")).role(orgRole("MEMBER"))));
    fails(404, admin.organizations().addOrganizationUser(ids.id("acme"),
        new AddOrganizationUserRequest().userId("VXNlcjo5OTk5OTphQmNE").role(orgRole("MEMBER"))));
    fails(400, admin.organizations().addOrganizationUser(ids.id("acme"),
        new AddOrganizationUserRequest().userId("not-an-id").role(orgRole("MEMBER"))));
  }

  @Test
  @Tag("R-ANNOT-ORG")
  void annotatorUsersGetOnlyTheAnnotatorRoleAndOnlyThey() {
    SeedResult ids = seed(Team.SEED);
    String org = ids.id("acme");
    fails(400, admin.organizations().addOrganizationUser(org,
        new AddOrganizationUserRequest().userId(ids.id("annotator")).role(orgRole("MEMBER"))));
    fails(400, admin.organizations().addOrganizationUser(org,
        new AddOrganizationUserRequest().userId(ids.id("outsider")).role(orgRole("ANNOTATOR"))));
    ok(admin.organizations().addOrganizationUser(org,
        new AddOrganizationUserRequest().userId(ids.id("annotator")).role(orgRole("ANNOTATOR"))));
  }

  @Test
  @Tag("R-ORG-CUSTOM-SDK")
  void customOrganizationRolesAreNotYetSupported() {
    SeedResult ids = seed(Team.SEED);
    fails(422, admin.organizations().addOrganizationUser(ids.id("acme"), new AddOrganizationUserRequest()
        .userId(ids.id("outsider")).role(new OrganizationCustomRoleAssignment()
            .type(OrganizationRoleAssignmentType.CUSTOM).id(ids.id("ds")))));
  }

  @Test
  @Tag("R-CASCADE-ORGUSER")
  void removingAUserFromAnOrganizationRemovesThemFromItsSpacesAndBindings() {
    SeedResult ids = seed(Team.SEED);
    String member = ids.id("member");
    ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(member).roleId(ids.id("ds"))
        .resourceType(RoleBindingResourceType.PROJECT).resourceId(ids.id("fraud"))));
    assertThat(status(admin.organizations().removeOrganizationUser(ids.id("acme"), member))).isEqualTo(204);
    fails(404, admin.spaces().removeSpaceUser(ids.id("alpha"), member));
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.PROJECT, null, null, member))
        .getRoleBindings()).isEmpty();
    fails(404, api(Team.MEMBER).spaces().getSpace(ids.id("alpha")));
    fails(404, admin.organizations().removeOrganizationUser(ids.id("acme"), member));
    // the organization prerequisite now stops a space add
    fails(400, admin.spaces().addSpaceUser(ids.id("alpha"), new AddSpaceUserRequest().userId(member)
        .role(spaceRole("MEMBER"))));
  }

  @Test
  @Tag("R-CASCADE-ORG")
  void deletingAnOrganizationCascadesAndFreesTheName() {
    SeedResult ids = seed(Team.SEED);
    String org = ids.id("acme");
    ok(admin.resourceRestrictions().createResourceRestriction(
        new CreateResourceRestrictionRequest().resourceId(ids.id("fraud"))));
    String project = ok(admin.projects().createProject(new CreateProjectRequest().name("p").spaceId(ids.id("beta"))))
        .getId();
    assertThat(status(admin.organizations().deleteOrganization(org))).isEqualTo(204);
    fails(404, admin.organizations().getOrganization(org));
    fails(404, admin.spaces().getSpace(ids.id("alpha")));
    fails(404, admin.projects().getProject(ids.id("fraud")));
    fails(404, admin.projects().getProject(project));
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.SPACE, null, null, null))
        .getRoleBindings()).isEmpty();
    assertThat(ok(admin.resourceRestrictions().listResourceRestrictions(null, null, null)).getResourceRestrictions())
        .isEmpty();
    assertThat(fake.exportState()).doesNotContain("\"Acme\"").doesNotContain("fraud-model");
    ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Acme")));
    ok(admin.spaces().createSpace(new CreateSpaceRequest().name("alpha").organizationId(
        ok(admin.organizations().listOrganizations("Acme", null, null)).getOrganizations().get(0).getId())));
  }
}
