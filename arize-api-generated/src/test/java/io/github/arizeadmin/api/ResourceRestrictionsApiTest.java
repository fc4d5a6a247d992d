package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.CreateResourceRestrictionRequest;
import io.github.arizeadmin.api.generated.model.ResourceRestrictionType;
import org.junit.jupiter.api.Test;

class ResourceRestrictionsApiTest extends MockServerTest {

  @Test
  void restrictAnswers200WithTheRestriction() throws Exception {
    respondJson(200, "{\"resource_type\":\"PROJECT\",\"resource_id\":\"TW9kZWw6MTIxOmFCY0Q=\",\"created_at\":\"2026-01-15T09:30:00Z\"}");

    var response = api.resourceRestrictions().createResourceRestriction(
        new CreateResourceRestrictionRequest().resourceId("TW9kZWw6MTIxOmFCY0Q=")).execute();

    expectRequest("POST", "/v2/resource-restrictions");
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().getResourceType()).isEqualTo(ResourceRestrictionType.PROJECT);
  }

  @Test
  void listAndUnrestrictOfAnUnrestrictedProject() throws Exception {
    respondJson(200, "{\"resource_restrictions\":[],\"pagination\":{\"has_more\":true,\"next_cursor\":\"n\"}}");
    respondProblem(404, "Not Found", "The resource is not restricted.");

    var page = api.resourceRestrictions().listResourceRestrictions(ResourceRestrictionType.PROJECT, null, "c").execute().body();
    var unrestrict = api.resourceRestrictions().deleteResourceRestriction("TW9kZWw6MTIxOmFCY0Q=").execute();

    expectRequest("GET", "/v2/resource-restrictions?resource_type=PROJECT&cursor=c");
    expectRequest("DELETE", "/v2/resource-restrictions/TW9kZWw6MTIxOmFCY0Q=");
    assertThat(page.getResourceRestrictions()).isEmpty();
    assertThat(page.getPagination().getHasMore()).isTrue();
    assertThat(expectProblem(unrestrict, 404).getDetail()).contains("not restricted");
  }
}
