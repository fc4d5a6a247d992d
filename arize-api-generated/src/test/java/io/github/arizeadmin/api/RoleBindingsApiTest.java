package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import org.junit.jupiter.api.Test;

class RoleBindingsApiTest extends MockServerTest {

  @Test
  void listRequiresTheResourceTypeAndNarrowsByUser() throws Exception {
    respondJson(200, "{\"role_bindings\":[{\"id\":\"b1\",\"role_id\":\"r1\",\"user_id\":\"u1\",\"resource_type\":\"PROJECT\","
        + "\"resource_id\":\"p1\",\"created_at\":\"2026-01-15T09:30:00Z\",\"updated_at\":\"2026-01-15T09:30:00Z\"}],"
        + "\"pagination\":{\"has_more\":false}}");

    var binding = api.roleBindings().listRoleBindings(RoleBindingResourceType.PROJECT, 5, null, "u1").execute()
        .body().getRoleBindings().get(0);

    expectRequest("GET", "/v2/role-bindings?resource_type=PROJECT&limit=5&user_id=u1");
    assertThat(binding.getResourceType()).isEqualTo(RoleBindingResourceType.PROJECT);
  }

  @Test
  void aDuplicateBindingIsAConflictProblem() throws Exception {
    respondProblem(409, "Conflict", "The user already has a binding on this resource.");

    var response = api.roleBindings().createRoleBinding(new CreateRoleBindingRequest().roleId("r1").userId("u1")
        .resourceType(RoleBindingResourceType.SPACE).resourceId("s1")).execute();

    assertThat(expectRequest("POST", "/v2/role-bindings").getBody().readUtf8()).contains("\"resource_type\":\"SPACE\"");
    assertThat(expectProblem(response, 409).getTitle()).isEqualTo("Conflict");
  }
}
