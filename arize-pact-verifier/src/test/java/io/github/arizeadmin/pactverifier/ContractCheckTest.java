package io.github.arizeadmin.pactverifier;

import static io.github.arizeadmin.pactverifier.TestPacts.KEY;
import static io.github.arizeadmin.pactverifier.TestPacts.interaction;
import static io.github.arizeadmin.pactverifier.TestPacts.v3;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check 1, against the contract: what breaks it is said in words, field by field, before what the
 * fake then answered.
 */
class ContractCheckTest extends VerifierTest {

  private List<String> reasons(String request, String response) {
    return verify("[]", request, response).reasons();
  }

  private static String post(String path, String body) {
    return """
        {"method": "POST", "path": "%s", "headers": {"Authorization": "Bearer %s",
         "Content-Type": "application/json"}, "body": %s}""".formatted(path, KEY, body);
  }

  private static String get(String path, String query) {
    return """
        {"method": "GET", "path": "%s", "query": %s, "headers": {"Authorization": "Bearer %s"}}"""
        .formatted(path, query, KEY);
  }

  private static String json(int status, String body) {
    return """
        {"status": %d, "headers": {"Content-Type": "application/json"}, "body": %s}""".formatted(status, body);
  }

  @Test
  void aRoleUnionWithAWrongTypeNamesTheValuesOfAllBranches() {
    List<String> reasons = reasons(post("/v2/spaces/U3BhY2U6MjpYeTdx/users",
        "{\"user_id\": \"VXNlcjoyOkpuMDE=\", \"role\": {\"type\": \"predefined\", \"name\": \"MEMBER\"}}"),
        json(200, "{}"));
    assertThat(reasons.get(0)).isEqualTo("role.type: 'predefined' is not one of PREDEFINED, CUSTOM");
  }

  @Test
  void aRoleUnionWithAWrongNameNamesTheClosestBranchAndTheResponseSide() {
    List<String> reasons = reasons(post("/v2/spaces/U3BhY2U6MjpYeTdx/users",
        "{\"user_id\": \"VXNlcjoyOkpuMDE=\", \"role\": {\"type\": \"PREDEFINED\", \"name\": \"MEMBER\"}}"),
        json(200, "{\"id\": \"x\", \"user_id\": \"y\", \"space_id\": \"z\", "
            + "\"role\": {\"type\": \"PREDEFINED\", \"name\": \"MEMBEr\"}}"));
    assertThat(reasons.get(0)).isEqualTo("response role.name: 'MEMBEr' is not one of ADMIN, MEMBER, READ_ONLY, ANNOTATOR");
  }

  @Test
  void unknownAndMissingFieldsAreNamed() {
    List<String> reasons = reasons(post("/v2/organizations", "{\"nam\": \"Acme\"}"),
        json(201, "{\"id\": 7, \"name\": \"Acme\"}"));
    assertThat(reasons.subList(0, 3)).containsExactly("nam: is not in the contract",
        "name: is required and missing", "response id: is an integer, the contract says string");
  }

  @Test
  void aQueryParameterOutOfBoundsIsNamed() {
    List<String> reasons = reasons(get("/v2/organizations", "{\"limit\": [\"1000\"]}"),
        json(200, "{\"organizations\": [], \"pagination\": {\"has_more\": false}}"));
    assertThat(reasons.get(0)).isEqualTo("query parameter limit: 1000 is more than the maximum 100");
    assertThat(reasons(get("/v2/resource-restrictions", "{\"space_id\": [\"U3BhY2U6MjpYeTdx\"]}"), json(200, "{}")).get(0))
        .isEqualTo("query parameter space_id: is not in the contract");
  }

  @Test
  void aPathOrMethodOrStatusTheContractLacksIsNamed() {
    assertThat(reasons(get("/v2/nothing", "{}"), json(200, "{}")).get(0))
        .isEqualTo("the contract has no operation at GET /v2/nothing");
    assertThat(reasons(post("/v2/organizations/T3JnYW5pemF0aW9uOjI6QWIzZA==", "{}"), json(200, "{}")).get(0))
        .isEqualTo("the contract has no POST operation at /v2/organizations/T3JnYW5pemF0aW9uOjI6QWIzZA==");
    assertThat(reasons(get("/v2/organizations", "{}"), "{\"status\": 418}").get(0))
        .isEqualTo("the contract lists no status 418 for GET /v2/organizations");
  }

  @Test
  void aResponseContentTypeTheContractLacksIsNamed() {
    List<String> reasons = reasons(get("/v2/organizations", "{}"),
        "{\"status\": 200, \"headers\": {\"Content-Type\": \"text/plain\"}, \"body\": \"hello\"}");
    assertThat(reasons.get(0)).isEqualTo(
        "response Content-Type: 'text/plain' is not one the contract allows (application/json)");
  }

  @Test
  void aConformingInteractionHasNoContractReason() {
    Verdict verdict = TestPacts.verify(verifier, dir, v3(interaction("list organizations", "[]",
        get("/v2/organizations", "{\"limit\": [\"10\"]}"), "{\"status\": 200}")));
    assertThat(verdict.reasons()).isEmpty();
    assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PASS);
  }
}
