package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.GlobalIds;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Space;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feature 3: names or IDs, with the Python SDK's rules. */
class NameResolutionTest extends MockServerTest {

  @ParameterizedTest
  @ValueSource(strings = {"VXNlcjo0MjphQmNE", "T3JnYW5pemF0aW9uOjEyMzQ1", "U3BhY2U6MTp1Rk4x", "VXNlcjoxMjM0NQ==",
      "TW9kZWw6MTIxOmFCY0Q=", "YTpi",
      "OjQy", // ":42": the colon may come first
      "NDI6"}) // "42:": or last
  void strictPaddedBase64OfTextWithAColonIsAnId(String value) {
    assertThat(GlobalIds.isId(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "T3JnYW5pemF0aW9uOjEwMDE6eFl6Vw", // unpadded (a real example from the spec): treated as a name
      "team-alpha", "Acme", "", "abcd", // valid base64 without a colon
      "VXNlcjo0Mjph-mNE", // URL-safe alphabet
      "VXNlcjo0MjphQmNE=", // wrong padding
      "//79/A==", // not UTF-8
      "Team Alpha"})
  void anythingElseIsAName(String value) {
    assertThat(GlobalIds.isId(value)).isFalse();
  }

  @Test
  void anIdPassesThroughWithoutALookup() throws Exception {
    String orgId = id("Organization:1:aBcD");
    json(200, org(orgId, "Acme"));

    Organization org = client.organizations().get(orgId);

    assertThat(org.name()).isEqualTo("Acme");
    expect("GET", "/v2/organizations/" + orgId);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aNameUsesTheServerFilterThenAnExactMatchAcrossAllPagesAndNoFurtherGet() throws Exception {
    String wanted = id("Space:3:cCcC");
    json(200, list("spaces", "c2", space(id("Space:1:aAaA"), "team-alpha-2"), space(id("Space:2:bBbB"), "Team-Alpha")));
    json(200, list("spaces", null, space(wanted, "team-alpha")));

    Space found = client.spaces().get("team-alpha");

    assertThat(found.id()).isEqualTo(wanted);
    expect("GET", "/v2/spaces?name=team-alpha&limit=100");
    expect("GET", "/v2/spaces?name=team-alpha&limit=100&cursor=c2");
    assertThat(server.getRequestCount()).as("the listed space is the answer").isEqualTo(2);
  }

  @Test
  void noExactMatchListsTheNamesThatExist() throws Exception {
    json(200, list("organizations", null, org(id("Organization:1:aBcD"), "ACME"), org(id("Organization:2:aBcD"), "Acme Labs")));

    assertThatThrownBy(() -> client.organizations().get("Acme"))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> {
          assertThat(e.resourceType()).isEqualTo("organization");
          assertThat(e.name()).isEqualTo("Acme");
          assertThat(e.availableNames()).containsExactly("ACME", "Acme Labs");
          assertThat(e.status()).isZero();
          assertThat(e.getMessage()).isEqualTo(
              "Organization 'Acme' not found. Available organizations: ACME, Acme Labs.");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void severalExactMatchesAreAmbiguousAndListTheCandidateIds() {
    String first = id("Space:1:aAaA");
    String second = id("Space:9:zZzZ");
    json(200, list("spaces", "next", space(first, "shared")));
    json(200, list("spaces", null, space(second, "shared")));

    assertThatThrownBy(() -> client.spaces().delete("shared"))
        .isInstanceOfSatisfying(AmbiguousNameException.class, e -> {
          assertThat(e.candidateIds()).containsExactly(first, second);
          assertThat(e.getMessage()).contains(first).contains(second).contains("Use an ID");
        });
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rolesHaveNoServerFilterSoEveryRoleIsScanned() throws Exception {
    String wanted = id("Role:7:aBcD");
    json(200, list("roles", "r2", role(id("Role:1:aBcD"), "Admin")));
    json(200, list("roles", null, role(wanted, "Data Scientist")));

    assertThat(client.roles().get("Data Scientist").id()).isEqualTo(wanted);
    expect("GET", "/v2/roles?limit=100");
    expect("GET", "/v2/roles?limit=100&cursor=r2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCustomRoleNameMatchingSeveralRolesIsAmbiguousAndNothingIsWritten() {
    String spaceId = id("Space:1:aAaA");
    String first = id("Role:1:aBcD");
    String second = id("Role:2:aBcD");
    json(200, list("roles", null, role(first, "Reviewer"), role(second, "Reviewer")));

    assertThatThrownBy(() -> client.spaces().addUser(spaceId, id("User:1:aBcD"),
        io.github.arizeadmin.core.model.SpaceRole.custom("Reviewer")))
        .isInstanceOfSatisfying(AmbiguousNameException.class, e -> assertThat(e.candidateIds()).containsExactly(first, second));
    assertThat(server.getRequestCount()).as("only the scan of the roles").isEqualTo(1);
  }

  @Test
  void aMissingRoleListsEveryRoleName() {
    json(200, list("roles", null, role(id("Role:1:aBcD"), "Admin"), role(id("Role:2:aBcD"), "Member")));

    assertThatThrownBy(() -> client.roles().delete("Owner"))
        .isInstanceOfSatisfying(NameNotFoundException.class,
            e -> assertThat(e.availableNames()).containsExactly("Admin", "Member"));
  }

  @Test
  void aProjectNameWithoutItsSpaceFailsWithAHintAndNoRequest() {
    assertThatThrownBy(() -> client.projects().get("fraud-model"))
        .isInstanceOf(NameNotFoundException.class)
        .hasMessageContaining("pass the space");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aProjectNameIsLookedUpInItsExactlyResolvedSpace() throws Exception {
    String spaceId = id("Space:1:aAaA");
    String projectId = id("Model:5:aBcD");
    json(200, list("spaces", null, space(spaceId, "team-alpha"), space(id("Space:2:aAaA"), "team-alpha-2")));
    json(200, list("projects", null, project(projectId, "fraud-model", spaceId)));

    assertThat(client.projects().get("fraud-model", "team-alpha").id()).isEqualTo(projectId);
    expect("GET", "/v2/spaces?name=team-alpha&limit=100");
    expect("GET", "/v2/projects?space_id=" + spaceId.replace("=", "%3D") + "&name=fraud-model&limit=100");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anEmailIsMatchedExactlyButIgnoringCase() throws Exception {
    String orgId = id("Organization:1:aBcD");
    String janeId = id("User:2:aBcD");
    json(200, list("users", null, user(id("User:1:aBcD"), "Not Jane", "jane@example.com.au"),
        user(janeId, "Jane", "Jane@Example.com")));
    json(200, "{\"id\":\"m1\",\"user_id\":\"" + janeId + "\",\"organization_id\":\"" + orgId
        + "\",\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}}");

    client.organizations().addUser(orgId, "jane@example.com", OrganizationRole.MEMBER);

    expect("GET", "/v2/users?limit=100&email=jane%40example.com");
    assertThat(expect("POST", "/v2/organizations/" + orgId + "/users").getBody().readUtf8())
        .contains("\"user_id\":\"" + janeId + "\"");
  }

  @Test
  void anUnknownEmailWhereAUserIsNeededIsNotFound() {
    json(200, list("users", null));

    assertThatThrownBy(() -> client.users().delete("nobody@example.com"))
        .isInstanceOfSatisfying(NameNotFoundException.class, e -> assertThat(e.resourceType()).isEqualTo("user"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serviceKeyNamesAreAllResolvedBeforeAnythingIsSent() {
    String orgId = id("Organization:1:aBcD");
    json(200, list("organizations", null, org(orgId, "Acme")));
    json(200, list("spaces", null));

    assertThatThrownBy(() -> client.apiKeys().createServiceKey("svc",
        java.util.List.of(io.github.arizeadmin.core.model.ServiceKeyOrganization.of("Acme",
            io.github.arizeadmin.core.model.ServiceKeySpace.of("missing")))))
        .isInstanceOf(NameNotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
