package io.github.arizeadmin.pactverifier;

import static io.github.arizeadmin.pactverifier.CatalogueStatesTest.get;
import static io.github.arizeadmin.pactverifier.CatalogueStatesTest.list;
import static io.github.arizeadmin.pactverifier.CatalogueStatesTest.ok;
import static io.github.arizeadmin.pactverifier.TestPacts.KEY;
import static io.github.arizeadmin.pactverifier.TestPacts.interaction;
import static io.github.arizeadmin.pactverifier.TestPacts.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provider states given as seed documents: the built-in {@code seed} state, and a team's own
 * states file ({@code --states}) with {@code ${param}} substitution, ID names and constants.
 */
class SeedStatesTest {
  private static final String STATES = """
      "an organization named by the pact":
        seed: {accounts: [{organizations: [{ref: org, name: "${name}", description: "${description:-none given}"}]}]}
        ids: {orgId: org}
        values: {missingOrgId: T3JnYW5pemF0aW9uOjk5OkdvbmU=}
      "a restricted project":
        seed: {accounts: [{organizations: [{name: Acme, spaces: [{name: s, projects: [{name: p, restricted: "${restricted}"}]}]}]}]}
      "acme": &acme
        seed: {accounts: [{organizations: [{ref: acme, name: Acme}]}]}
      "acme, by a YAML alias": *acme
      "kim's key expires in 2099":
        seed: {accounts: [{users: [{email: kim@example.com, api_keys: [{name: k, key: %s, expires_at: 2099-01-01T00:00:00Z}]}]}]}
      """.formatted("ak-kim" + "0".repeat(37));
  @TempDir
  static Path files;
  private static PactVerifier verifier;
  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    verifier = PactVerifier.builder().states(Files.writeString(files.resolve("states.yaml"), STATES)).build();
  }

  @AfterAll
  static void stop() {
    verifier.close();
  }

  private Verdict verify(String states, String request, String response) {
    return TestPacts.verify(verifier, dir, v3(interaction("the interaction", states, request, response)));
  }

  @Test
  void aTeamStateTakesItsParametersAndDefaultsAndHandsOverItsIdsUnderTheirNames() {
    Verdict verdict = verify("[{\"name\": \"an organization named by the pact\", \"params\": {\"name\": \"Acme\"}}]",
        get("/v2/organizations/${orgId}"), ok("{\"name\": \"Acme\", \"description\": \"none given\"}"));
    assertThat(verdict.reasons()).isEmpty();
    Verdict byRef = verify("[{\"name\": \"an organization named by the pact\", \"params\": {\"name\": \"Acme\"}}]",
        get("/v2/organizations/${org}"), ok("{\"name\": \"Acme\"}"));
    assertThat(byRef.reasons()).isEmpty();
  }

  @Test
  void aTeamStateHandsOverItsConstants() {
    Verdict verdict = verify("[{\"name\": \"an organization named by the pact\", \"params\": {\"name\": \"Acme\"}}]",
        get("/v2/organizations/${missingOrgId}"), "{\"status\": 404}");
    assertThat(verdict.reasons()).isEmpty();
  }

  @Test
  void aWholeStringParameterKeepsItsJsonType() {
    // "${restricted}" becomes the boolean true, which the seed format needs
    Verdict verdict = verify("[{\"name\": \"a restricted project\", \"params\": {\"restricted\": true}}]", """
        {"method": "GET", "path": "/v2/resource-restrictions", "headers": {"Authorization": "Bearer %s"}}"""
        .formatted(KEY), ok("{\"resource_restrictions\": [{\"resource_type\": \"PROJECT\"}]}"));
    assertThat(verdict.reasons()).isEmpty();
  }

  @Test
  void aStatesFileMayUseYamlAliasesAndUnquotedTimestamps() {
    assertThat(verify("[{\"name\": \"acme, by a YAML alias\"}]", get("/v2/organizations/${acme}"),
        ok("{\"name\": \"Acme\"}")).reasons()).isEmpty();
    assertThat(verify("[{\"name\": \"kim's key expires in 2099\"}]", CatalogueStatesTest.USERS, "{\"status\": 200}")
        .reasons()).isEmpty();
  }

  @Test
  void aTeamStateWithoutAParameterItNeedsFailsInWords() {
    assertThat(verify("[{\"name\": \"an organization named by the pact\"}]", get("/v2/organizations/${orgId}"),
        "{\"status\": 200}").reasons()).containsExactly("provider state 'an organization named by the pact' needs the "
        + "parameter name (its seed document uses ${name})");
  }

  @Test
  void theSeedStateTakesADocumentAsJsonOrAsTextAndKeepsItsIds() {
    String document = "{\"accounts\": [{\"organizations\": [{\"id\": \"T3JnYW5pemF0aW9uOjk6QWNtZQ==\", "
        + "\"name\": \"Acme\"}]}]}";
    String request = "{\"method\": \"GET\", \"path\": \"/v2/organizations/T3JnYW5pemF0aW9uOjk6QWNtZQ==\", "
        + "\"headers\": {\"Authorization\": \"Bearer " + KEY + "\"}}";
    assertThat(verify("[{\"name\": \"seed\", \"params\": {\"document\": " + document + "}}]", request,
        ok("{\"name\": \"Acme\"}")).reasons()).isEmpty();
    assertThat(verify("[{\"name\": \"seed\", \"params\": {\"document\": "
        + Json.JSON.valueToTree(document) + "}}]", request, ok("{\"name\": \"Acme\"}")).reasons()).isEmpty();
    // a path the pact wrote percent-encoded goes out as written, not encoded twice
    assertThat(verify("[{\"name\": \"seed\", \"params\": {\"document\": " + document + "}}]",
        request.replace("QWNtZQ==", "QWNtZQ%3D%3D"), ok("{\"name\": \"Acme\"}")).reasons()).isEmpty();
  }

  @Test
  void aSeedDocumentTheFakeRefusesFailsWithTheFakesWords() {
    assertThat(verify("[{\"name\": \"seed\", \"params\": {\"document\": {\"accounts\": [{\"users\": ["
        + "{\"email\": \"a@x.io\"}, {\"email\": \"a@x.io\"}]}]}}}]", CatalogueStatesTest.USERS, "{\"status\": 200}")
        .reasons()).containsExactly("the provider states do not seed: accounts[0].users[1].email: duplicate email a@x.io (a user with this email already exists).");
    assertThat(verify("[{\"name\": \"seed\", \"params\": {\"document\": {\"users\": []}}}]", CatalogueStatesTest.USERS,
        "{\"status\": 200}").reasons()).containsExactly(
        "provider state 'seed': the seed document must be a JSON object with an accounts array");
    assertThat(verify("[{\"name\": \"seed\"}]", CatalogueStatesTest.USERS, "{\"status\": 200}").reasons())
        .containsExactly("provider state 'seed' needs the parameter document (a seed document)");
  }

  @Test
  void documentsComeBeforeCatalogueStatesWhichFindTheirObjects() {
    // the space names organization Acme, which the seed document (listed after it) holds with its own ID
    Verdict verdict = verify("""
        [{"name": "a space", "params": {"name": "team-alpha", "organization": "Acme"}},
         {"name": "seed", "params": {"document": {"accounts": [{"organizations": [{"ref": "acme", "name": "Acme",
          "id": "T3JnYW5pemF0aW9uOjk6QWNtZQ=="}]}]}}}]""", list("/v2/spaces", "org_id", "${acme}", ""),
        ok("{\"spaces\": [{\"name\": \"team-alpha\"}], \"pagination\": {\"has_more\": false}}"));
    assertThat(verdict.reasons()).isEmpty();
  }

  @Test
  void aStatesFileThatCannotBeUsedStopsTheVerifierWithOneLine() throws IOException {
    assertThatThrownBy(() -> PactVerifier.builder().states(files.resolve("missing.yaml")).build())
        .isInstanceOf(VerifierException.class).hasMessageStartingWith("--states " + files.resolve("missing.yaml")
            + ": cannot read it");
    Path broken = Files.writeString(files.resolve("broken.yaml"), "\"a state\": {seed: [");
    assertThatThrownBy(() -> PactVerifier.builder().states(broken).build()).isInstanceOf(VerifierException.class)
        .hasMessageStartingWith("--states " + broken + ": not JSON or YAML: ");
    Path noSeed = Files.writeString(files.resolve("no-seed.yaml"), "\"a state\": {ids: {a: b}}");
    assertThatThrownBy(() -> PactVerifier.builder().states(noSeed).build()).isInstanceOf(VerifierException.class)
        .hasMessage("--states " + noSeed + ": state 'a state': needs a seed (a seed document, with its accounts array)");
    Path unknownKey = Files.writeString(files.resolve("unknown-key.yaml"),
        "\"a state\": {seed: {accounts: []}, params: {}}");
    assertThatThrownBy(() -> PactVerifier.builder().states(unknownKey).build()).isInstanceOf(VerifierException.class)
        .hasMessage("--states " + unknownKey + ": state 'a state': unknown key params (seed, ids and values are allowed)");
  }
}
