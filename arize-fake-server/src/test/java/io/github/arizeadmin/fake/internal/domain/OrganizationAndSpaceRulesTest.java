package io.github.arizeadmin.fake.internal.domain;

import static io.github.arizeadmin.fake.internal.domain.World.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import org.junit.jupiter.api.Test;

/** The rules of organizations, spaces and their members, as plain unit tests of the domain. */
class OrganizationAndSpaceRulesTest {
  private final World w = new World();

  @Test
  void organizationNamesAreUniqueInTheAccountCaseSensitivelyAndReusableAfterDelete() {
    Organization acme = w.org("Acme");
    fails(409, () -> w.org("Acme"));
    assertThat(w.org("ACME").name()).isEqualTo("ACME");
    w.d.organizations().delete(w.admin, acme.id());
    assertThat(w.org("Acme").id()).isNotEqualTo(acme.id());
    fails(400, () -> w.org("  "));
  }

  @Test
  void onlyAnAccountAdminCreatesOrganizations() {
    User member = w.user("m@x.io", UserRole.MEMBER);
    fails(403, () -> w.d.organizations().create(w.as(member), new OrganizationService.Create("Mine", null)));
  }

  @Test
  void addingAnOrganizationUserIsAnUpsertAndCustomRolesAreNotYetSupported() {
    Organization acme = w.org("Acme");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    var first = w.d.organizations().addUser(w.admin, acme.id(),
        new OrganizationService.AddUser(jane.id(), RoleInput.predefined(OrganizationRole.MEMBER)));
    var second = w.d.organizations().addUser(w.admin, acme.id(),
        new OrganizationService.AddUser(jane.id(), RoleInput.predefined(OrganizationRole.ADMIN)));
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.role()).isEqualTo(OrganizationRole.ADMIN);
    fails(422, () -> w.d.organizations().addUser(w.admin, acme.id(),
        new OrganizationService.AddUser(jane.id(), RoleInput.custom(w.role("R", Permission.SPACE_READ).id()))));
  }

  @Test
  void annotatorUsersGetTheAnnotatorRoleOnlyAndOnlyThey() {
    Organization acme = w.org("Acme");
    User ann = w.user("ann@x.io", UserRole.ANNOTATOR);
    User bob = w.user("bob@x.io", UserRole.MEMBER);
    assertThat(fails(400, () -> w.join(acme, ann, OrganizationRole.MEMBER)).field()).isEqualTo("role");
    fails(400, () -> w.join(acme, bob, OrganizationRole.ANNOTATOR));
    w.join(acme, ann, OrganizationRole.ANNOTATOR);
    Space alpha = w.space(acme, "alpha");
    fails(400, () -> w.join(alpha, ann, UserSpaceRole.READ_ONLY));
    w.join(alpha, ann, UserSpaceRole.ANNOTATOR);
    Role custom = w.role("Labeler", Permission.SPACE_READ);
    var viaCustom = w.d.spaces().addUser(w.admin, alpha.id(),
        new SpaceService.AddUser(ann.id(), RoleInput.custom(custom.id())));
    assertThat(viaCustom.role()).isEqualTo(new SpaceRoleAssignment.Custom(custom.id(), "Labeler"));
  }

  @Test
  void aUserJoinsTheOrganizationBeforeASpaceOfIt() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    assertThat(fails(400, () -> w.join(alpha, jane, UserSpaceRole.MEMBER)).field()).isEqualTo("user_id");
    w.join(acme, jane, OrganizationRole.MEMBER);
    w.join(alpha, jane, UserSpaceRole.MEMBER);
  }

  @Test
  void spaceNamesAreUniqueInTheirOrganization() {
    Organization acme = w.org("Acme");
    Organization other = w.org("Other");
    w.space(acme, "alpha");
    fails(409, () -> w.space(acme, "alpha"));
    w.space(other, "alpha");
  }

  @Test
  void addingASpaceUserIsAnUpsertAndACustomRoleIsHeldByABinding() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    Role ds = w.role("DS", Permission.PROJECT_READ);
    SpaceMembership predefined = w.d.spaces().addUser(w.admin, alpha.id(),
        new SpaceService.AddUser(jane.id(), RoleInput.predefined(UserSpaceRole.MEMBER)));
    SpaceMembership custom = w.d.spaces().addUser(w.admin, alpha.id(),
        new SpaceService.AddUser(jane.id(), RoleInput.custom(ds.id())));
    assertThat(custom.id()).isEqualTo(predefined.id());
    assertThat(w.d.roleBindings().list(w.admin, RoleBindingResourceType.SPACE, jane.id(), null, null).items())
        .singleElement().satisfies(b -> assertThat(b.roleId()).isEqualTo(ds.id()));
    w.d.spaces().addUser(w.admin, alpha.id(), new SpaceService.AddUser(jane.id(),
        RoleInput.predefined(UserSpaceRole.READ_ONLY)));
    assertThat(w.d.roleBindings().list(w.admin, RoleBindingResourceType.SPACE, jane.id(), null, null).items())
        .isEmpty();
  }

  @Test
  void deletingAnOrganizationTakesItsSpacesMembershipsProjectsAndBindings() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    w.d.spaces().addUser(w.admin, alpha.id(), new SpaceService.AddUser(jane.id(),
        RoleInput.custom(w.role("DS", Permission.PROJECT_READ).id())));
    var project = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "p"));
    w.d.restrictions().restrict(w.admin, project.id());
    w.d.organizations().delete(w.admin, acme.id());
    fails(404, () -> w.d.spaces().get(w.admin, alpha.id()));
    fails(404, () -> w.d.projects().get(w.admin, project.id()));
    assertThat(w.d.roleBindings().list(w.admin, RoleBindingResourceType.SPACE, null, null, null).items()).isEmpty();
    assertThat(w.d.restrictions().list(w.admin, null, null).items()).isEmpty();
    assertThat(w.d.state().user(jane.id()).orElseThrow().organizationMemberships()).isEmpty();
    assertThat(w.d.users().get(w.admin, jane.id())).isEqualTo(jane);
  }

  @Test
  void removingAnOrganizationUserRemovesTheirSpacesOfItOnly() {
    Organization acme = w.org("Acme");
    Organization other = w.org("Other");
    Space alpha = w.space(acme, "alpha");
    Space beta = w.space(other, "beta");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    w.join(other, jane, OrganizationRole.MEMBER);
    w.join(alpha, jane, UserSpaceRole.MEMBER);
    w.join(beta, jane, UserSpaceRole.MEMBER);
    w.d.organizations().removeUser(w.admin, acme.id(), jane.id());
    assertThat(w.d.state().user(jane.id()).orElseThrow().spaceMemberships()).extracting(SpaceMembership::spaceId)
        .containsExactly(beta.id());
    fails(404, () -> w.d.organizations().removeUser(w.admin, acme.id(), jane.id()));
  }

  @Test
  void removingASpaceUserRemovesTheirBindingsOnTheSpaceAndItsProjects() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    w.join(alpha, jane, UserSpaceRole.MEMBER);
    var project = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "p"));
    Role ds = w.role("DS", Permission.PROJECT_READ);
    w.d.roleBindings().create(w.admin, new RoleBindingService.Create(ds.id(), jane.id(),
        RoleBindingResourceType.PROJECT, project.id()));
    w.d.spaces().removeUser(w.admin, alpha.id(), jane.id());
    assertThat(w.d.roleBindings().list(w.admin, RoleBindingResourceType.PROJECT, null, null, null).items()).isEmpty();
  }

  @Test
  void filtersAreCaseInsensitiveSubstringsAndListsAreOldestFirst() {
    Organization acme = w.org("Acme ML");
    w.org("Other");
    w.org("acme-two");
    assertThat(w.d.organizations().list(w.admin, "ACME", null, null).items()).extracting(Organization::name)
        .containsExactly("Acme ML", "acme-two");
    assertThat(w.d.organizations().list(w.admin, "cm", null, null).items()).hasSize(2);
    w.space(acme, "Fraud Detection");
    w.space(acme, "churn");
    assertThat(w.d.spaces().list(w.admin, null, "DETECT", null, null).items()).extracting(Space::name)
        .containsExactly("Fraud Detection");
    assertThat(w.d.spaces().list(w.admin, acme.id(), null, 1, null).items()).extracting(Space::name)
        .containsExactly("Fraud Detection");
  }

  @Test
  void visibilityDecidesBetween403And404() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    User member = w.user("m@x.io", UserRole.MEMBER);
    User outsider = w.user("o@x.io", UserRole.MEMBER);
    w.join(acme, member, OrganizationRole.MEMBER);
    fails(403, () -> w.d.spaces().get(w.as(member), alpha.id()));
    fails(404, () -> w.d.spaces().get(w.as(outsider), alpha.id()));
    fails(403, () -> w.d.organizations().update(w.as(member), acme.id(),
        new OrganizationService.Update("New", null)));
    fails(404, () -> w.d.organizations().get(w.as(outsider), acme.id()));
    assertThat(w.d.organizations().list(w.as(outsider), null, null, null).items()).isEmpty();
  }

  @Test
  void updatesNeedAtLeastOneField() {
    Organization acme = w.org("Acme");
    fails(400, () -> w.d.organizations().update(w.admin, acme.id(), new OrganizationService.Update(null, null)));
    assertThat(w.d.organizations().update(w.admin, acme.id(), new OrganizationService.Update(null, "d"))
        .description()).isEqualTo("d");
  }
}
