package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.UserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter objects send exactly what they say, and their documented defaults are the service's. */
class ParameterObjectsTest extends MockServerTest {

  @Test
  void theDefaultsSendNoFilterAndOneDefaultPageSizeForListAndListAll() throws Exception {
    json(200, list("users", null));
    json(200, list("users", null));
    json(200, list("api_keys", null));
    json(200, list("spaces", null));
    json(200, list("projects", null));

    client.users().list();
    client.users().listAll(UserFilter.defaults()).toList();
    client.apiKeys().list();
    client.spaces().list();
    client.projects().listAll().toList();

    expect("GET", "/v2/users?limit=100");
    expect("GET", "/v2/users?limit=100");
    expect("GET", "/v2/api-keys?limit=100");
    expect("GET", "/v2/spaces?limit=100");
    expect("GET", "/v2/projects?limit=100");
    assertThat(UserFilter.defaults()).hasToString("UserFilter{email=null, statuses=any}");
    assertThat(ApiKeyFilter.defaults().toString()).contains("status=ACTIVE (default)");
  }

  @Test
  void filtersSendTheirParameters() throws Exception {
    String orgId = id("Organization:1:aBcD");
    String spaceId = id("Space:1:aBcD");
    json(200, list("users", null));
    json(200, list("spaces", null));
    json(200, list("projects", null));
    json(200, list("projects", null));
    json(200, list("api_keys", null));

    client.users().list(UserFilter.defaults().withEmail("@example.com").withStatuses(UserStatus.INVITED, UserStatus.EXPIRED),
        20, "c0");
    client.spaces().list(SpaceFilter.defaults().withOrganization(orgId).withName("team"), 10, null);
    client.projects().list(ProjectFilter.defaults().withName("fraud").withSpace(spaceId), 10, null);
    client.projects().list(ProjectFilter.defaults().withSpace("team"), 10, null);
    client.apiKeys().list(ApiKeyFilter.defaults().withKeyType(ApiKeyType.SERVICE).withStatus(ApiKeyStatus.REVOKED), 5, null);

    expect("GET", "/v2/users?limit=20&cursor=c0&email=%40example.com&status=INVITED&status=EXPIRED");
    expect("GET", "/v2/spaces?org_id=" + orgId.replace("=", "%3D") + "&name=team&limit=10");
    expect("GET", "/v2/projects?space_id=" + spaceId.replace("=", "%3D") + "&name=fraud&limit=10");
    expect("GET", "/v2/projects?space_name=team&limit=10");
    expect("GET", "/v2/api-keys?key_type=SERVICE&status=REVOKED&limit=5");
  }

  @Test
  void parameterObjectsAreImmutableValues() {
    UserFilter invited = UserFilter.defaults().withStatuses(UserStatus.INVITED);
    assertThat(invited.withAnyStatus()).isEqualTo(UserFilter.defaults());
    assertThat(invited).isNotEqualTo(UserFilter.defaults()).isEqualTo(UserFilter.defaults().withStatuses(UserStatus.INVITED));
    assertThat(SpaceFilter.defaults().withName("a")).isEqualTo(SpaceFilter.defaults().withName("a"))
        .hasSameHashCodeAs(SpaceFilter.defaults().withName("a"));
    assertThat(RoleUpdate.name("Reader").withPermissions(List.of(Permission.USER_READ)))
        .isEqualTo(RoleUpdate.permissions(List.of(Permission.USER_READ)).withName("Reader"));
    assertThatThrownBy(() -> UserFilter.defaults().withStatuses(UserStatus.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKeyFilter.defaults().withStatus(ApiKeyStatus.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RoleUpdate.permissions(List.of(Permission.UNKNOWN))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceKeyRequest.of("svc", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRoleUpdateSendsOnlyWhatItChanges() throws Exception {
    String roleId = id("Role:7:aBcD");
    json(200, role(roleId, "Reader"));

    client.roles().update(roleId, RoleUpdate.permissions(List.of(Permission.USER_READ)).withDescription(""));

    assertThat(expect("PATCH", "/v2/roles/" + roleId).getBody().readUtf8())
        .isEqualTo("{\"description\":\"\",\"permissions\":[\"USER_READ\"]}");
  }

  @Test
  void aServiceKeyRequestSendsItsOptionalFieldsOnlyWhenSet() throws Exception {
    String orgId = id("Organization:1:aBcD");
    String spaceId = id("Space:1:aBcD");
    ServiceKeyRequest request = ServiceKeyRequest.of("svc", List.of(ServiceKeyOrganization.of(orgId, ServiceKeySpace.of(spaceId))));
    server.enqueue(problemResponse(422, "Unprocessable", "stop here"));
    server.enqueue(problemResponse(422, "Unprocessable", "stop here"));

    assertThatThrownBy(() -> client.apiKeys().createServiceKey(request)).isInstanceOf(UnprocessableEntityException.class);
    assertThatThrownBy(() -> client.apiKeys().createServiceKey(request.withDescription("nightly")
        .withAccountRole(io.github.arizeadmin.core.model.AccountRole.MEMBER)))
        .isInstanceOf(UnprocessableEntityException.class);

    assertThat(expect("POST", "/v2/api-keys").getBody().readUtf8()).isEqualTo("{\"key_type\":\"SERVICE\",\"name\":\"svc\","
        + "\"organizations\":[{\"org_id\":\"" + orgId + "\",\"spaces\":[{\"space_id\":\"" + spaceId + "\"}]}]}");
    assertThat(expect("POST", "/v2/api-keys").getBody().readUtf8()).contains("\"description\":\"nightly\"")
        .contains("\"account_role\":{\"name\":\"MEMBER\",\"type\":\"PREDEFINED\"}");
  }
}
