package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.Permission;
import io.github.arizeadmin.api.generated.model.Role;
import io.github.arizeadmin.api.generated.model.UpdateRoleRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesApiTest extends MockServerTest {

  @Test
  void listFiltersPredefinedRoles() throws Exception {
    respondJson(200, "{\"roles\":[{\"id\":\"r1\",\"name\":\"Admin\",\"permissions\":[\"SPACE_READ\",\"SOMETHING_NEW\"],"
        + "\"is_predefined\":true,\"created_at\":\"2026-01-15T09:30:00Z\",\"updated_at\":\"2026-01-15T09:30:00Z\"}],"
        + "\"pagination\":{\"has_more\":false}}");

    Role role = api.roles().listRoles(null, null, true).execute().body().getRoles().get(0);

    expectRequest("GET", "/v2/roles?is_predefined=true");
    assertThat(role.getIsPredefined()).isTrue();
    assertThat(role.getDescription()).isNull();
    assertThat(role.getPermissions()).containsExactly(Permission.SPACE_READ, Permission.UNKNOWN_DEFAULT_OPEN_API);
  }

  @Test
  void updateSendsTheWholePermissionSet() throws Exception {
    respondProblem(400, "Bad Request", "Predefined roles cannot be updated.");

    var response = api.roles().updateRole("r1",
        new UpdateRoleRequest().permissions(List.of(Permission.PROJECT_READ, Permission.DATASET_READ))).execute();

    assertThat(expectRequest("PATCH", "/v2/roles/r1").getBody().readUtf8())
        .isEqualTo("{\"permissions\":[\"PROJECT_READ\",\"DATASET_READ\"]}");
    assertThat(expectProblem(response, 400).getDetail()).contains("Predefined");
  }
}
