package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.CreateResourceRestrictionRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.Project;
import io.github.arizeadmin.api.generated.model.ResourceRestriction;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UpdateProjectRequest;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ProjectsAndRestrictionsTest extends FakeTest {

  @Test
  @Tag("R-UNIQ-PROJECT")
  void projectNamesAreUniqueInTheirSpace() {
    SeedResult ids = seed(Team.SEED);
    fails(409, admin.projects().createProject(new CreateProjectRequest().name("fraud-model").spaceId(ids.id("alpha"))));
    Project other = ok(admin.projects().createProject(new CreateProjectRequest().name("fraud-model")
        .spaceId(ids.id("beta"))));
    assertThat(other.getSpaceId()).isEqualTo(ids.id("beta"));
    Project second = ok(admin.projects().createProject(new CreateProjectRequest().name("v2").spaceId(ids.id("alpha"))));
    fails(400, admin.projects().updateProject(second.getId(), new UpdateProjectRequest().name("fraud-model")));
    assertThat(ok(admin.projects().updateProject(second.getId(), new UpdateProjectRequest().name("v3"))).getName())
        .isEqualTo("v3");
    fails(400, admin.projects().createProject(new CreateProjectRequest().name("x")
        .spaceId("U3BhY2U6OTk5OTk6YWJjZA==")));
  }

  @Test
  @Tag("R-FILTER-CI")
  void listFiltersAreCaseInsensitiveSubstrings() {
    SeedResult ids = seed(Team.SEED);
    assertThat(ok(admin.projects().listProjects(null, "ALPH", null, null, null)).getProjects())
        .extracting(Project::getName).containsExactly("fraud-model");
    assertThat(ok(admin.projects().listProjects(null, null, "CHURN", null, null)).getProjects())
        .extracting(Project::getName).containsExactly("churn-model");
    assertThat(ok(admin.projects().listProjects(ids.id("beta"), null, null, null, null)).getProjects())
        .extracting(Project::getName).containsExactly("churn-model");
    fails(404, admin.projects().listProjects("U3BhY2U6OTk5OTk6YWJjZA==", null, null, null, null));
  }

  @Test
  @Tag("R-PROJECT-DEL")
  void deletingAProjectRemovesItsBindingsAndRestriction() {
    SeedResult ids = seed(Team.SEED);
    ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(ids.id("plain"))
        .roleId(ids.id("ds")).resourceType(RoleBindingResourceType.PROJECT).resourceId(ids.id("fraud"))));
    ok(admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest()
        .resourceId(ids.id("fraud"))));
    fails(403, api(Team.READER).projects().deleteProject(ids.id("churn")));
    assertThat(status(admin.projects().deleteProject(ids.id("fraud")))).isEqualTo(204);
    fails(404, admin.projects().getProject(ids.id("fraud")));
    assertThat(ok(admin.roleBindings().listRoleBindings(RoleBindingResourceType.PROJECT, null, null, null))
        .getRoleBindings()).isEmpty();
    assertThat(ok(admin.resourceRestrictions().listResourceRestrictions(null, null, null)).getResourceRestrictions())
        .isEmpty();
    ok(admin.projects().createProject(new CreateProjectRequest().name("fraud-model").spaceId(ids.id("alpha"))));
  }

  @Test
  @Tag("R-RR-MEANING")
  void aRestrictedProjectIgnoresSpaceRolesUntilUnrestricted() {
    SeedResult ids = seed(Team.SEED);
    String fraud = ids.id("fraud");
    ok(api(Team.MEMBER).projects().getProject(fraud));
    ResourceRestriction restriction = ok(api(Team.SPACE_ADMIN).resourceRestrictions().createResourceRestriction(
        new CreateResourceRestrictionRequest().resourceId(fraud)));
    assertThat(restriction.getResourceId()).isEqualTo(fraud);
    fails(403, api(Team.MEMBER).projects().getProject(fraud));
    assertThat(ok(api(Team.MEMBER).projects().listProjects(null, null, null, null, null)).getProjects()).isEmpty();
    ok(api(Team.ORG_ADMIN).projects().getProject(fraud));
    ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(ids.id("member"))
        .roleId(ids.id("ds")).resourceType(RoleBindingResourceType.PROJECT).resourceId(fraud)));
    ok(api(Team.MEMBER).projects().getProject(fraud));
    assertThat(status(admin.resourceRestrictions().deleteResourceRestriction(fraud))).isEqualTo(204);
    ok(api(Team.READER).projects().getProject(fraud));
  }

  @Test
  @Tag("R-RR-IDEMP")
  void restrictIsIdempotent() {
    SeedResult ids = seed(Team.SEED);
    ResourceRestriction first = ok(admin.resourceRestrictions().createResourceRestriction(
        new CreateResourceRestrictionRequest().resourceId(ids.id("fraud"))));
    fake.advanceClock(java.time.Duration.ofSeconds(5));
    ResourceRestriction second = ok(admin.resourceRestrictions().createResourceRestriction(
        new CreateResourceRestrictionRequest().resourceId(ids.id("fraud"))));
    assertThat(second.getCreatedAt()).isEqualTo(first.getCreatedAt());
  }

  @Test
  @Tag("R-RR-404")
  void unrestrictingAnUnrestrictedProjectIs404() {
    SeedResult ids = seed(Team.SEED);
    fails(404, admin.resourceRestrictions().deleteResourceRestriction(ids.id("fraud")));
    ok(admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest()
        .resourceId(ids.id("fraud"))));
    assertThat(status(admin.resourceRestrictions().deleteResourceRestriction(ids.id("fraud")))).isEqualTo(204);
    fails(404, admin.resourceRestrictions().deleteResourceRestriction(ids.id("fraud")));
  }

  @Test
  @Tag("R-RR-PROJECT-ONLY")
  void onlyProjectsCanBeRestricted() {
    SeedResult ids = seed(Team.SEED);
    fails(400, admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest()
        .resourceId(ids.id("alpha"))));
    fails(400, admin.resourceRestrictions().deleteResourceRestriction(ids.id("acme")));
    fails(403, api(Team.MEMBER).resourceRestrictions().createResourceRestriction(
        new CreateResourceRestrictionRequest().resourceId(ids.id("fraud"))));
  }

  @Test
  @Tag("R-RR-PAGING")
  void theListShowsOnlyRestrictionsTheCallerMayManage() {
    SeedResult ids = seed(Team.SEED);
    ok(admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest()
        .resourceId(ids.id("fraud"))));
    ok(admin.resourceRestrictions().createResourceRestriction(new CreateResourceRestrictionRequest()
        .resourceId(ids.id("churn"))));
    assertThat(ok(api(Team.SPACE_ADMIN).resourceRestrictions().listResourceRestrictions(null, null, null))
        .getResourceRestrictions()).extracting(ResourceRestriction::getResourceId).containsExactly(ids.id("fraud"));
    assertThat(ok(api(Team.MEMBER).resourceRestrictions().listResourceRestrictions(null, null, null))
        .getResourceRestrictions()).isEmpty();
    var page = ok(admin.resourceRestrictions().listResourceRestrictions(null, 1, null));
    assertThat(page.getPagination().getHasMore()).isTrue();
    var next = ok(admin.resourceRestrictions().listResourceRestrictions(null, 1, page.getPagination().getNextCursor()));
    assertThat(next.getResourceRestrictions()).extracting(ResourceRestriction::getResourceId)
        .containsExactly(ids.id("churn"));
    assertThat(next.getPagination().getHasMore()).isFalse();
  }
}
