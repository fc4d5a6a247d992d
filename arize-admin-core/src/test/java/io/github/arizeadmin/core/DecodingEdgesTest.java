package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.core.paging.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers that leave out a list or a field the client reads (an older or newer server, a proxy that
 * trims empty values) decode to empty values instead of failing: absent items are no items, an
 * absent pagination is the last page, an absent status is UNKNOWN.
 */
class DecodingEdgesTest extends MockServerTest {

  @Test
  void aListAnswerWithoutItemsOrPaginationIsOneEmptyLastPage() throws Exception {
    json(200, "{}");
    json(200, "{}");

    Page<Role> page = client.roles().list(null, 10, null);

    assertThat(page.items()).isEmpty();
    assertThat(page.nextCursor()).isEmpty();
    assertThat(page.hasMore()).isFalse();
    assertThat(client.roles().listAll(null).toList()).isEmpty();
    assertThat(server.getRequestCount()).as("no page after the last").isEqualTo(2);
  }

  @Test
  void aRoleWithoutPermissionsHasNone() {
    String roleId = id("Role:7:aBcD");
    json(200, list("roles", null, "{\"id\":\"" + roleId + "\",\"name\":\"Reader\",\"is_predefined\":false,"
        + "\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}"));

    assertThat(client.roles().list().items()).singleElement().satisfies(role -> {
      assertThat(role.name()).isEqualTo("Reader");
      assertThat(role.permissions()).isEmpty();
    });
  }

  @Test
  void aUserWithoutAStatusHasTheUnknownStatus() {
    String userId = id("User:3:aBcD");
    json(200, "{\"id\":\"" + userId + "\",\"name\":\"Jane\",\"email\":\"jane@example.com\","
        + "\"created_at\":\"2026-01-01T00:00:00Z\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}}");

    assertThat(client.users().get(userId)).hasValueSatisfying(user -> {
      assertThat(user.email()).isEqualTo("jane@example.com");
      assertThat(user.status()).isEqualTo(UserStatus.UNKNOWN);
    });
  }

  @Test
  void aServiceKeysBotWithoutOrganizationsOrSpacesHasNone() {
    String orgId = id("Organization:1:aBcD");
    String spaceId = id("Space:1:aBcD");
    ServiceKeyRequest request = ServiceKeyRequest.of("svc",
        List.of(ServiceKeyOrganization.of(orgId, ServiceKeySpace.of(spaceId))));
    json(201, serviceKey(""));
    json(201, serviceKey(",\"organizations\":[{\"org_id\":\"" + orgId
        + "\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"READ_ONLY\"}}]"));

    CreatedApiKey bare = client.apiKeys().createServiceKey(request);
    CreatedApiKey noSpaces = client.apiKeys().createServiceKey(request);

    assertThat(bare.botUser().orElseThrow().organizations()).isEmpty();
    assertThat(noSpaces.botUser().orElseThrow().organizations()).singleElement().satisfies(org -> {
      assertThat(org.organizationId()).isEqualTo(orgId);
      assertThat(org.role()).isEqualTo(OrganizationRole.READ_ONLY);
      assertThat(org.spaces()).isEmpty();
    });
  }

  private static String serviceKey(String moreBotFields) {
    return "{\"key_type\":\"SERVICE\",\"id\":\"" + id("ApiKey:9:aBcD") + "\",\"name\":\"svc\",\"status\":\"ACTIVE\","
        + "\"redacted_key\":\"ak-...wxyz\",\"created_at\":\"2026-01-01T00:00:00Z\",\"created_by_user_id\":\""
        + id("User:1:aBcD") + "\",\"key\":\"ak-rawrawrawrawrawrawrawrawrawrawrawrawwxyz\",\"bot_user\":{\"id\":\""
        + id("User:2:aBcD") + "\",\"name\":\"svc\",\"account_role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}"
        + moreBotFields + "}}";
  }
}
