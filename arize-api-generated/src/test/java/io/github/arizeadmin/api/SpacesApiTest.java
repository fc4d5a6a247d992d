package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.SpaceMembership;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignmentType;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class SpacesApiTest extends MockServerTest {

  @Test
  void listFiltersByOrganizationAndName() throws Exception {
    respondJson(200, "{\"spaces\":[],\"pagination\":{\"has_more\":false}}");

    var page = api.spaces().listSpaces("org-1", "alpha", 100, null).execute().body();

    expectRequest("GET", "/v2/spaces?org_id=org-1&name=alpha&limit=100");
    assertThat(page.getSpaces()).isEmpty();
    assertThat(page.getPagination().getNextCursor()).isNull();
  }

  @Test
  void createReturnsTheSpace() throws Exception {
    respondJson(201, "{\"id\":\"s1\",\"name\":\"team-alpha\",\"description\":\"\",\"created_at\":\"2026-01-15T09:30:00Z\"}");

    var response = api.spaces().createSpace(new CreateSpaceRequest().name("team-alpha").organizationId("o1")).execute();

    assertThat(expectRequest("POST", "/v2/spaces").getBody().readUtf8())
        .isEqualTo("{\"name\":\"team-alpha\",\"organization_id\":\"o1\"}");
    assertThat(response.code()).isEqualTo(201);
    assertThat(response.body().getName()).isEqualTo("team-alpha");
  }

  @Test
  void addUserWithACustomRoleDecodesTheRolesName() throws Exception {
    respondJson(200, "{\"id\":\"m1\",\"user_id\":\"u1\",\"space_id\":\"s1\","
        + "\"role\":{\"type\":\"CUSTOM\",\"id\":\"r1\",\"name\":\"Data Scientist\"}}");

    SpaceMembership membership = api.spaces().addSpaceUser("s1", new AddSpaceUserRequest().userId("u1")
        .role(new CustomRoleAssignment().type(SpaceRoleAssignmentType.CUSTOM).id("r1"))).execute().body();

    expectRequest("POST", "/v2/spaces/s1/users");
    assertThat(membership.getRole()).isInstanceOfSatisfying(CustomRoleAssignment.class,
        role -> assertThat(role.getName()).isEqualTo("Data Scientist"));
  }

  @Test
  void theOrganizationPrerequisiteFailureDecodesAsAProblem() throws Exception {
    respondProblem(400, "Bad Request", "The user is not a member of the parent organization.");

    Response<?> response = api.spaces().addSpaceUser("s1", new AddSpaceUserRequest()).execute();

    expectRequest("POST", "/v2/spaces/s1/users");
    assertThat(expectProblem(response, 400).getTitle()).isEqualTo("Bad Request");
  }
}
