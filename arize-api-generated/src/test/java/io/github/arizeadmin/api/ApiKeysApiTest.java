package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.ApiKeyStatus;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.ServiceApiKeyCreated;
import io.github.arizeadmin.api.generated.model.ServiceKeyOrgAssignment;
import io.github.arizeadmin.api.generated.model.ServiceKeySpaceAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserSpaceRole;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysApiTest extends MockServerTest {

  @Test
  void listSendsEveryFilter() throws Exception {
    respondJson(200, "{\"api_keys\":[],\"pagination\":{\"has_more\":false}}");

    api.apiKeys().listApiKeys(ApiKeyType.SERVICE, ApiKeyStatus.REVOKED, "s1", "u1", 50, "c").execute();

    expectRequest("GET", "/v2/api-keys?key_type=SERVICE&status=REVOKED&space_id=s1&user_id=u1&limit=50&cursor=c");
  }

  @Test
  void createServiceKeyDecodesTheBotUser() throws Exception {
    respondJson(201, "{\"id\":\"k1\",\"name\":\"bot\",\"key_type\":\"SERVICE\",\"status\":\"ACTIVE\",\"redacted_key\":\"ak-1...9\","
        + "\"created_at\":\"2026-01-15T09:30:00Z\",\"created_by_user_id\":\"u1\",\"key\":\"ak-secret\","
        + "\"bot_user\":{\"id\":\"b1\",\"name\":\"bot\",\"account_role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"},"
        + "\"organizations\":[{\"org_id\":\"o1\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"READ_ONLY\"},"
        + "\"spaces\":[{\"space_id\":\"s1\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}}]}]}}");

    var created = api.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("bot")
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId("o1").spaces(List.of(new ServiceKeySpaceAssignment()
            .spaceId("s1").role(new PredefinedRoleAssignment().type(SpaceRoleAssignmentType.PREDEFINED)
                .name(UserSpaceRole.MEMBER))))))).execute().body();

    assertThat(expectRequest("POST", "/v2/api-keys").getBody().readUtf8()).contains("\"key_type\":\"SERVICE\"");
    assertThat(created).isInstanceOfSatisfying(ServiceApiKeyCreated.class, key -> {
      assertThat(key.getKey()).isEqualTo("ak-secret");
      assertThat(key.getBotUser().getOrganizations().get(0).getSpaces().get(0).getSpaceId()).isEqualTo("s1");
    });
  }

  @Test
  void refreshAndRevoke() throws Exception {
    respondProblem(422, "Unprocessable Entity", "expires_at is required because the key expires.");
    respondNoContent();

    var refresh = api.apiKeys().refreshApiKey("k1", new RefreshApiKeyRequest().gracePeriodSeconds(60)
        .expiresAt(OffsetDateTime.parse("2026-12-31T00:00:00Z"))).execute();
    var revoke = api.apiKeys().revokeApiKey("k1").execute();

    assertThat(expectRequest("POST", "/v2/api-keys/k1/refresh").getBody().readUtf8())
        .isEqualTo("{\"expires_at\":\"2026-12-31T00:00:00Z\",\"grace_period_seconds\":60}");
    expectRequest("PUT", "/v2/api-keys/k1/revoke");
    assertThat(expectProblem(refresh, 422).getDetail()).contains("expires_at");
    assertThat(revoke.code()).isEqualTo(204);
  }
}
