package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the fake cannot stage: a create that loses a race, and lazy listings whose lookups run once. */
class RacesAndLookupsTest extends MockServerTest {

  private static String binding(String id, String roleId, String userId, String resourceId) {
    return "{\"id\":\"" + id + "\",\"role_id\":\"" + roleId + "\",\"user_id\":\"" + userId
        + "\",\"resource_type\":\"SPACE\",\"resource_id\":\"" + resourceId
        + "\",\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}";
  }

  @Test
  void anEnsureWhoseCreateLosesARaceLooksUpOnceMoreAndReturnsTheWinner() throws Exception {
    String winner = id("Organization:7:aBcD");
    json(200, list("organizations", null));
    problem(409, "Conflict", "An organization named Initech already exists.");
    json(200, list("organizations", null, org(winner, "Initech")));

    Organization ensured = client.organizations().ensure("Initech");

    assertThat(ensured.id()).isEqualTo(winner);
    expect("GET", "/v2/organizations?name=Initech&limit=100");
    expect("POST", "/v2/organizations");
    expect("GET", "/v2/organizations?name=Initech&limit=100");
  }

  @Test
  void aConflictWithoutAWinnerIsRethrown() {
    json(200, list("organizations", null));
    problem(409, "Conflict", "Taken.");
    json(200, list("organizations", null));

    assertThatThrownBy(() -> client.organizations().ensure("Initech")).isInstanceOf(ConflictException.class);
  }

  @Test
  void anUpsertWhoseConflictHasNoWinnerRethrowsTheConflict() {
    json(200, list("role_bindings", null));
    problem(409, "Conflict", "Taken.");
    json(200, list("role_bindings", null));

    assertThatThrownBy(() -> client.roleBindings().upsert(id("User:1:aBcD"), id("Role:2:aBcD"), ResourceType.SPACE,
        id("Space:1:aBcD"))).isInstanceOf(ConflictException.class);
    assertThat(server.getRequestCount()).as("list, create, list again; no update").isEqualTo(3);
  }

  @Test
  void anUpsertWhoseCreateLosesARaceUpdatesTheWinnersBinding() throws Exception {
    String user = id("User:1:aBcD");
    String space = id("Space:1:aBcD");
    String wanted = id("Role:2:aBcD");
    String other = id("Role:3:aBcD");
    String bindingId = id("RoleBinding:5:aBcD");
    json(200, list("role_bindings", null));
    problem(409, "Conflict", "The user already has a role binding on this space.");
    json(200, list("role_bindings", null, binding(bindingId, other, user, space)));
    json(200, binding(bindingId, wanted, user, space));

    RoleBinding upserted = client.roleBindings().upsert(user, wanted, ResourceType.SPACE, space);

    assertThat(upserted.roleId()).isEqualTo(wanted);
    take();
    expect("POST", "/v2/role-bindings");
    take();
    assertThat(expect("PATCH", "/v2/role-bindings/" + bindingId).getBody().readUtf8())
        .isEqualTo("{\"role_id\":\"" + wanted + "\"}");
  }

  @Test
  void aLazyListingLooksUpItsNamesOnceForAllItsPagesAndIterations() throws Exception {
    String acme = id("Organization:1:aBcD");
    json(200, list("organizations", null, org(acme, "Acme")));
    json(200, list("spaces", "c1", space(id("Space:1:aBcD"), "a")));
    json(200, list("spaces", null, space(id("Space:2:aBcD"), "b")));
    json(200, list("spaces", null, space(id("Space:1:aBcD"), "a")));

    PageIterable<Space> spaces = client.spaces().listAll(SpaceFilter.defaults().withOrganization("Acme"));
    assertThat(server.getRequestCount()).as("lazy").isZero();
    assertThat(spaces.toList()).extracting(Space::name).containsExactly("a", "b");
    assertThat(spaces.first()).map(Space::name).contains("a");

    expect("GET", "/v2/organizations?name=Acme&limit=100");
    expect("GET", "/v2/spaces?org_id=" + acme.replace("=", "%3D") + "&limit=100");
    expect("GET", "/v2/spaces?org_id=" + acme.replace("=", "%3D") + "&limit=100&cursor=c1");
    expect("GET", "/v2/spaces?org_id=" + acme.replace("=", "%3D") + "&limit=1");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void theApiKeyListingsLookUpTheSpaceAndTheUserOnce() throws Exception {
    String spaceId = id("Space:1:aBcD");
    String janeId = id("User:2:aBcD");
    json(200, list("spaces", null, space(spaceId, "team-alpha")));
    json(200, list("users", null, user(janeId, "Jane", "jane@example.com")));
    json(200, list("api_keys", "c1"));
    json(200, list("api_keys", null));

    List<ApiKey> keys = client.apiKeys().listAll(ApiKeyFilter.defaults().withSpace("team-alpha")
        .withUser("jane@example.com").withStatus(io.github.arizeadmin.core.model.ApiKeyStatus.REVOKED)).toList();

    assertThat(keys).isEmpty();
    take();
    take();
    String query = "status=REVOKED&space_id=" + spaceId.replace("=", "%3D") + "&user_id=" + janeId.replace("=", "%3D");
    expect("GET", "/v2/api-keys?" + query + "&limit=100");
    expect("GET", "/v2/api-keys?" + query + "&limit=100&cursor=c1");
  }
}
