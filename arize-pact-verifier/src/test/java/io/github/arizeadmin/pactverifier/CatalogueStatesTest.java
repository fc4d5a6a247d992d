package io.github.arizeadmin.pactverifier;

import static io.github.arizeadmin.pactverifier.TestPacts.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The built-in provider states: each sets up what it says in a fresh fake and hands its IDs to
 * the pact, which reaches them through provider-state-injected paths. A pass proves both, as the
 * pact's own example IDs do not exist in the fake.
 */
class CatalogueStatesTest extends VerifierTest {
  static final String USERS = "{\"method\": \"GET\", \"path\": \"/v2/users\", \"headers\": "
      + "{\"Authorization\": \"Bearer " + KEY + "\"}}";

  /**
   * A GET of a path with a provider-state expression; the example path has an ID of the right
   * type that does not exist in the fake.
   */
  static String get(String expression) {
    String example = expression.replaceAll("\\$\\{[^}]+}", "VXNlcjoyOkpuMDE=");
    return """
        {"method": "GET", "path": "%s", "headers": {"Authorization": "Bearer %s"},
         "generators": {"path": {"type": "ProviderState", "expression": "%s", "dataType": "STRING"}}}"""
        .formatted(example, KEY, expression);
  }

  /** A GET of a list, one query parameter injected from the provider states. */
  static String list(String path, String parameter, String expression, String query) {
    return """
        {"method": "GET", "path": "%s", "query": {"%s": ["VXNlcjoyOkpuMDE="]%s},
         "headers": {"Authorization": "Bearer %s"},
         "generators": {"query": {"%s": {"type": "ProviderState", "expression": "%s", "dataType": "STRING"}}}}"""
        .formatted(path, parameter, query, KEY, parameter, expression);
  }

  static String ok(String body) {
    return "{\"status\": 200, \"headers\": {\"Content-Type\": \"application/json\"}, \"body\": " + body + "}";
  }

  @Test
  void aUserHasTheEmailNameAccountRoleAndStatusGiven() {
    Verdict verdict = verify("""
        [{"name": "a user", "params": {"email": "ann@example.com", "name": "Ann", "role": "annotator",
          "status": "INVITED", "as": "annId"}}]""", get("/v2/users/${annId}"), ok("""
        {"name": "Ann", "email": "ann@example.com", "status": "INVITED",
         "role": {"type": "PREDEFINED", "name": "ANNOTATOR"}, "is_developer": false}"""));
    assertThat(verdict.line()).endsWith("\"the interaction\"");
    assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PASS);
  }

  @Test
  void anOrganizationAndASpaceInIt() {
    Verdict verdict = verify("""
        [{"name": "an organization", "params": {"name": "Acme", "description": "ML"}},
         {"name": "a space", "params": {"name": "team-alpha", "organization": "Acme"}}]""",
        list("/v2/spaces", "org_id", "${organizationId}", ""), ok("""
        {"spaces": [{"name": "team-alpha"}], "pagination": {"has_more": false}}"""));
    assertThat(verdict.reasons()).isEmpty();
    Verdict org = verify("""
        [{"name": "An Organization", "params": {"name": "Acme", "description": "ML"}}]""",
        get("/v2/organizations/${organizationId}"), ok("{\"name\": \"Acme\", \"description\": \"ML\"}"));
    assertThat(org.reasons()).isEmpty();
  }

  @Test
  void aSpaceMembershipWithACustomRoleIsARoleBindingOfThatRole() {
    Verdict verdict = verify("""
        [{"name": "a custom role", "params": {"name": "Data Scientist", "permissions": "PROJECT_READ, DATASET_READ"}},
         {"name": "a membership", "params": {"user": "jane@example.com", "organization": "Acme", "space": "team-alpha",
          "custom_role": "Data Scientist"}}]""",
        list("/v2/role-bindings", "user_id", "${userId}", ", \"resource_type\": [\"SPACE\"]"), ok("""
        {"role_bindings": [{"resource_type": "SPACE"}], "pagination": {"has_more": false}}"""));
    assertThat(verdict.reasons()).isEmpty();
    Verdict role = verify("""
        [{"name": "a custom role", "params": {"name": "Data Scientist", "permissions": ["PROJECT_READ", "DATASET_READ"]}}]""",
        get("/v2/roles/${roleId}"), ok("{\"name\": \"Data Scientist\", \"permissions\": [\"PROJECT_READ\", \"DATASET_READ\"]}"));
    assertThat(role.reasons()).isEmpty();
  }

  @Test
  void anAnnotatorsMembershipMakesThemAnAnnotatorOfTheOrganizationAndTheSpace() {
    Verdict verdict = verify("""
        [{"name": "a membership", "params": {"user": "ann@example.com", "organization": "Acme", "space": "team-alpha",
          "role": "ANNOTATOR"}}]""", get("/v2/users/${userId}"), ok("""
        {"email": "ann@example.com", "role": {"type": "PREDEFINED", "name": "ANNOTATOR"}}"""));
    assertThat(verdict.reasons()).isEmpty();
  }

  @Test
  void aProjectInASpaceRestrictedOrNot() {
    Verdict project = verify("""
        [{"name": "a project", "params": {"name": "fraud-model", "space": "team-alpha", "organization": "Acme"}}]""",
        list("/v2/projects", "space_id", "${spaceId}", ""), ok("""
        {"projects": [{"name": "fraud-model"}], "pagination": {"has_more": false}}"""));
    assertThat(project.reasons()).isEmpty();
    Verdict restricted = verify("""
        [{"name": "a project", "params": {"name": "fraud-model", "space": "team-alpha", "organization": "Acme",
          "restricted": true, "as": "fraudId"}}]""", get("/v2/projects/${fraudId}"), ok("{\"name\": \"fraud-model\"}"));
    assertThat(restricted.reasons()).isEmpty();
    Verdict listed = verify("""
        [{"name": "a project", "params": {"name": "fraud-model", "space": "team-alpha", "organization": "Acme",
          "restricted": "true"}}]""", """
        {"method": "GET", "path": "/v2/resource-restrictions", "headers": {"Authorization": "Bearer %s"}}"""
        .formatted(KEY), ok("""
        {"resource_restrictions": [{"resource_type": "PROJECT"}], "pagination": {"has_more": false}}"""));
    assertThat(listed.reasons()).isEmpty();
  }

  @Test
  void aUserApiKeyHandsOverItsRawKeyAndTheRequestRunsAsItsOwner() {
    // no key given: the state makes one and hands it over as apiKey; jane, a MEMBER, may not create organizations
    Verdict verdict = verify("""
        [{"name": "a user API key", "params": {"user": "jane@example.com", "name": "jane-ci"}}]""", """
        {"method": "POST", "path": "/v2/organizations", "headers": {"Authorization": "Bearer %s",
         "Content-Type": "application/json"}, "body": {"name": "Acme"},
         "generators": {"header": {"Authorization": {"type": "ProviderState", "expression": "Bearer ${apiKey}"}}}}"""
        .formatted(KEY),
        "{\"status\": 403}");
    assertThat(verdict.reasons()).isEmpty();
  }

  @Test
  void aServiceApiKeyForASpace() {
    Verdict verdict = verify("""
        [{"name": "a service API key", "params": {"name": "ingest-bot", "organization": "Acme", "space": "team-alpha",
          "role": "READ_ONLY"}}]""",
        list("/v2/api-keys", "space_id", "${spaceId}", ", \"key_type\": [\"SERVICE\"]"), ok("""
        {"api_keys": [{"name": "ingest-bot", "key_type": "SERVICE", "status": "ACTIVE"}], "pagination": {"has_more": false}}"""));
    assertThat(verdict.reasons()).isEmpty();
  }

  @Test
  void aStateWithoutItsRequiredParameterOrWithAWrongValueFailsInWords() {
    assertThat(verify("[{\"name\": \"a user\", \"params\": {}}]", USERS, "{\"status\": 200}").reasons())
        .containsExactly("provider state 'a user' needs the parameter email");
    assertThat(verify("[{\"name\": \"a user\", \"params\": {\"email\": \"a@x.io\", \"role\": \"boss\"}}]",
        USERS, "{\"status\": 200}").reasons())
        .containsExactly("provider state 'a user': role 'boss' is not one of ADMIN, MEMBER, ANNOTATOR");
    assertThat(verify("[{\"name\": \"a membership\", \"params\": {\"user\": \"a@x.io\", \"organization\": \"Acme\", "
        + "\"space\": \"s\", \"custom_role\": \"Nope\"}}]", USERS, "{\"status\": 200}").reasons())
        .containsExactly("provider state 'a membership': custom role 'Nope' is not set up by an earlier state "
            + "(use 'a custom role' before it)");
  }

  @Test
  void anUnknownStateFailsTheInteraction() {
    assertThat(verify("[{\"name\": \"the moon is full\"}]", USERS, "{\"status\": 200}").line())
        .endsWith("\"the interaction\": unknown provider state 'the moon is full': not built in, not in a --states file");
  }

  @Test
  void anInjectedValueNoStateHandsOverFailsBeforeTheRequestIsSent() {
    assertThat(verify("[{\"name\": \"an organization\", \"params\": {\"name\": \"Acme\"}}]",
        get("/v2/organizations/${orgId}"), "{\"status\": 200}").reasons()).containsExactly(
        "the pact injects ${orgId} from its provider states, but they hand over no such value "
            + "(they hand over organizationId)");
  }
}
