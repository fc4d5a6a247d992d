package io.github.arizeadmin.pactverifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who is calling: the pact's bearer key runs as its owner when the states seeded it, otherwise the
 * request runs as the fresh account's admin; a pact that expects 401 sends its own key (or none).
 */
class CallerIdentityTest extends VerifierTest {
  private static final String JANE_KEY = "ak-jane" + "0".repeat(36);
  private static final String JANE_IS_A_MEMBER = """
      [{"name": "a user API key", "params": {"user": "jane@example.com", "key": "%s"}}]""".formatted(JANE_KEY);

  private static String createOrganization(String authorization) {
    return """
        {"method": "POST", "path": "/v2/organizations", "headers": {%s"Content-Type": "application/json"},
         "body": {"name": "Acme ML"}}""".formatted(authorization == null ? "" : "\"Authorization\": \"" + authorization
        + "\", ");
  }

  private Verdict verify(String states, String request, int status) {
    return verify(states, request, "{\"status\": " + status + "}");
  }

  @Test
  void aKeyTheStatesSeededRunsAsItsOwner() {
    assertThat(verify(JANE_IS_A_MEMBER, createOrganization("Bearer " + JANE_KEY), 403).reasons()).isEmpty();
    assertThat(verify(JANE_IS_A_MEMBER, createOrganization("Bearer " + JANE_KEY), 201).reasons())
        .singleElement().asString().startsWith("expected status 201, the fake answered 403: ");
  }

  @Test
  void anyOtherKeyRunsAsTheFreshAccountsAdmin() {
    assertThat(verify(JANE_IS_A_MEMBER, createOrganization("Bearer ak-" + "someoneelse".repeat(3) + "0000000"), 201)
        .reasons()).isEmpty();
    assertThat(verify("[]", createOrganization("Bearer " + JANE_KEY), 201).reasons()).isEmpty();
  }

  @Test
  void aPactWithoutAuthorizationRunsAsTheAdmin() {
    assertThat(verify("[]", createOrganization(null), 201).reasons()).isEmpty();
  }

  @Test
  void aPactThatExpects401SendsItsOwnKeyOrNone() {
    assertThat(verify("[]", createOrganization("Bearer " + JANE_KEY), 401).reasons()).isEmpty();
    assertThat(verify("[]", createOrganization(null), 401).reasons()).isEmpty();
  }
}
