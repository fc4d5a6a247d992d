package io.github.arizeadmin.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Response;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Drift is caught: a renamed response field in the fake, a changed enum value (in the fake and
 * in the contract) and an operation removed from the contract each make the same checks that
 * run on the real files fail. Each case also runs the check on the unmutated input first, so a
 * check that passes everything cannot pass here. The failing output is printed.
 */
class DriftIT {
  private static ArizeFakeServer fake;
  private static Map<String, Object> ids;
  private static final String CONTRACT = Contract.yaml();
  private static final OpenApiInteractionValidator VALIDATOR = Contract.validator(CONTRACT);
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey(Wire.ADMIN_KEY).build());
    ids = ProviderStates.seedWorld(fake);
  }

  @AfterAll
  static void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  @Test
  void aRenamedResponseFieldInTheFakeFailsTheContractAndThePact() throws Exception {
    String path = "/v2/organizations/" + ids.get("orgId");
    String body = get(path);
    assertThat(liveErrors(path, body)).isEmpty();
    assertThat(pactMismatches("get organization Acme", body)).isEmpty();

    String renamed = body.replace("\"created_at\"", "\"createdAt\"");
    List<String> contractErrors = liveErrors(path, renamed);
    List<String> pactErrors = pactMismatches("get organization Acme", renamed);
    show("renamed field created_at -> createdAt in GET " + path, contractErrors, pactErrors);
    assertThat(contractErrors).anySatisfy(e -> assertThat(e).contains("created_at"));
    assertThat(pactErrors).anySatisfy(e -> assertThat(e).contains("created_at"));
  }

  @Test
  void aChangedEnumValueInTheFakeFailsTheContractAndThePact() throws Exception {
    String path = "/v2/users/" + ids.get("janeId");
    String body = get(path);
    assertThat(liveErrors(path, body)).isEmpty();
    assertThat(pactMismatches("get user jane", body)).isEmpty();

    String changed = body.replace("\"status\":\"ACTIVE\"", "\"status\":\"ENABLED\"");
    assertThat(changed).isNotEqualTo(body);
    List<String> contractErrors = liveErrors(path, changed);
    List<String> pactErrors = pactMismatches("get user jane", changed);
    show("enum value status ACTIVE -> ENABLED in GET " + path, contractErrors, pactErrors);
    assertThat(contractErrors).anySatisfy(e -> assertThat(e).contains("ENABLED"));
    assertThat(pactErrors).anySatisfy(e -> assertThat(e).contains("ENABLED"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aChangedEnumValueInTheContractFailsThePactCheck() {
    Map<String, Object> contract = new Yaml().load(CONTRACT);
    Map<String, Object> userStatus = (Map<String, Object>) schemas(contract).get("UserStatus");
    userStatus.put("enum", List.of("ENABLED", "INVITED", "EXPIRED"));
    PactProviderValidationResults results = Pacts.validateAgainst(new Yaml().dump(contract));
    show("contract enum UserStatus ACTIVE -> ENABLED", failures(results), List.of());
    assertThat(results.hasErrors()).isTrue();
    assertThat(failures(results)).anySatisfy(f -> assertThat(f).startsWith("get user jane").contains("ACTIVE"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anOperationRemovedFromTheContractFailsThePactCheckAndTheCoverage() {
    Map<String, Object> contract = new Yaml().load(CONTRACT);
    Map<String, Object> paths = (Map<String, Object>) contract.get("paths");
    ((Map<String, Object>) paths.get("/v2/organizations/{org_id}")).remove("get");
    String mutated = new Yaml().dump(contract);

    PactProviderValidationResults results = Pacts.validateAgainst(mutated);
    show("operation getOrganization removed from the contract", failures(results), List.of());
    assertThat(results.hasErrors()).isTrue();
    assertThat(failures(results)).anySatisfy(f -> assertThat(f).startsWith("get organization Acme"));
    assertThatThrownBy(() -> Pacts.coverage(mutated)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("matches no operation of the contract")
        .hasMessageContaining("GET /v2/organizations/");
  }

  // ------------------------------------------------------------------ helpers

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schemas(Map<String, Object> contract) {
    return (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
        .header("Authorization", "Bearer " + Wire.ADMIN_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** The check the provider verification applies to every live exchange. */
  private static List<String> liveErrors(String path, String body) {
    ValidationReport report = VALIDATOR.validate(
        SimpleRequest.Builder.get(path).withHeader("Authorization", "Bearer " + Wire.ADMIN_KEY).build(),
        SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
    return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage()).toList();
  }

  /** The comparison Pact's provider verification makes between the pact and the live response. */
  private static List<String> pactMismatches(String interaction, String body) {
    IResponse expected = Pacts.interaction(interaction).asSynchronousRequestResponse().getResponse();
    Response actual = new Response(200, Map.of("Content-Type", List.of("application/json")),
        OptionalBody.body(body, ContentType.Companion.getJSON()));
    return ResponseMatching.responseMismatches(expected, actual).stream().map(Mismatch::description).toList();
  }

  private static List<String> failures(PactProviderValidationResults results) {
    return results.getFailedConsumerResults().stream().flatMap(c -> c.getFailedInteractions().entrySet().stream())
        .map(e -> e.getKey() + ": " + e.getValue().getMessages().stream()
            .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).map(m -> m.getKey() + " " + m.getMessage())
            .collect(Collectors.joining(" | ")))
        .sorted().toList();
  }

  private static void show(String drift, List<String> contractErrors, List<String> pactErrors) {
    StringBuilder out = new StringBuilder("DRIFT ").append(drift).append('\n');
    contractErrors.forEach(e -> out.append("  contract check: ").append(e).append('\n'));
    pactErrors.forEach(e -> out.append("  pact check: ").append(e).append('\n'));
    System.out.print(out);
  }
}
