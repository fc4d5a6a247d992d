package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.api.generated.model.ListOrganizationsResponse;
import io.github.arizeadmin.api.generated.model.OrganizationMembership;
import io.github.arizeadmin.api.generated.model.OrganizationPredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRole;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UpdateOrganizationRequest;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class OrganizationsApiTest extends MockServerTest {

  @Test
  void listSendsFiltersAndDecodesThePage() throws Exception {
    respondJson(200, "{\"organizations\":[{\"id\":\"T3JnYW5pemF0aW9uOjE6YWJjZA==\",\"name\":\"Acme\","
        + "\"description\":\"\",\"created_at\":\"2026-01-15T09:30:00Z\"}],"
        + "\"pagination\":{\"has_more\":true,\"next_cursor\":\"c2\"}}");

    Response<ListOrganizationsResponse> response = api.organizations().listOrganizations("acme ml", 10, "c1").execute();

    expectRequest("GET", "/v2/organizations?name=acme%20ml&limit=10&cursor=c1");
    ListOrganizationsResponse page = response.body();
    assertThat(page.getOrganizations()).singleElement().satisfies(org -> {
      assertThat(org.getName()).isEqualTo("Acme");
      assertThat(org.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-01-15T09:30:00Z"));
    });
    assertThat(page.getPagination().getHasMore()).isTrue();
    assertThat(page.getPagination().getNextCursor()).isEqualTo("c2");
  }

  @Test
  void addUserPostsTheRoleObjectAndDecodesTheMembership() throws Exception {
    respondJson(200, "{\"id\":\"m1\",\"user_id\":\"u1\",\"organization_id\":\"o=1\","
        + "\"role\":{\"type\":\"PREDEFINED\",\"name\":\"READ_ONLY\"}}");

    OrganizationMembership membership = api.organizations().addOrganizationUser("o=1", new AddOrganizationUserRequest()
        .userId("u1").role(new OrganizationPredefinedRoleAssignment()
            .type(OrganizationRoleAssignmentType.PREDEFINED).name(OrganizationRole.READ_ONLY))).execute().body();

    var request = expectRequest("POST", "/v2/organizations/o=1/users");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().readUtf8())
        .contains("\"user_id\":\"u1\"").contains("\"type\":\"PREDEFINED\"").contains("\"name\":\"READ_ONLY\"");
    assertThat(membership.getRole()).isInstanceOfSatisfying(OrganizationPredefinedRoleAssignment.class,
        role -> assertThat(role.getName()).isEqualTo(OrganizationRole.READ_ONLY));
  }

  @Test
  void aConflictOnUpdateDecodesAsAProblem() throws Exception {
    respondProblem(409, "Conflict", "An organization named Acme already exists.");

    Response<?> response = api.organizations().updateOrganization("o1", new UpdateOrganizationRequest().name("Acme")).execute();

    expectRequest("PATCH", "/v2/organizations/o1");
    assertThat(expectProblem(response, 409).getDetail()).contains("already exists");
  }

  @Test
  void removeUserIsADeleteWithNoBody() throws Exception {
    respondNoContent();

    Response<Void> response = api.organizations().removeOrganizationUser("o1", "u1").execute();

    expectRequest("DELETE", "/v2/organizations/o1/users/u1");
    assertThat(response.code()).isEqualTo(204);
  }
}
