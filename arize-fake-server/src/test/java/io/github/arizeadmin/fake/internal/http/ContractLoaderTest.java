package io.github.arizeadmin.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The start-up path skips Vert.x's meta-schema validation of the contract; this test runs the
 * full, validating {@link OpenAPIContract#from} on the same adapted document, so a contract Vert.x
 * would reject still fails the build.
 */
class ContractLoaderTest {

  @Test
  void theAdaptedContractPassesVertxsFullValidationAndMatchesTheFastLoad() throws Exception {
    JsonObject adapted = ContractLoader.adapt(ContractLoader.readDocument());
    Vertx vertx = Vertx.vertx();
    try {
      OpenAPIContract full = OpenAPIContract.from(vertx, adapted).toCompletionStage().toCompletableFuture()
          .get(60, TimeUnit.SECONDS);
      OpenAPIContract fast = ContractLoader.load().contract();
      assertThat(fast.operations()).hasSize(43);
      assertThat(fast.operations().stream().map(o -> o.getOperationId()).sorted().toList())
          .isEqualTo(full.operations().stream().map(o -> o.getOperationId()).sorted().toList());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theJsonTheServerReadsIsTheContractsYaml() {
    JsonObject served = ContractLoader.readDocument();

    assertThat(ContractLoader.class.getResource(ContractJson.RESOURCE)).as("rendered by the build").isNotNull();
    assertThat(served).isEqualTo(new JsonObject(ContractLoader.snakeYaml(ContractLoader.readText())));
  }

  @Test
  void onlyTheDocumentedAdaptationsAreMade() {
    JsonObject original = ContractLoader.readDocument();
    JsonObject adapted = ContractLoader.adapt(original);
    assertThat(original.encode()).contains("application/problem+json");
    assertThat(adapted.encode()).doesNotContain("application/problem+json");
    assertThat(adapted.containsKey("security")).isFalse();
    assertThat(adapted.getJsonObject("info").getString("version")).isEqualTo("2.0.0");
    // property schemas named "description" survive the removal of documentation
    assertThat(adapted.getJsonObject("components").getJsonObject("schemas").getJsonObject("Organization")
        .getJsonObject("properties").containsKey("description")).isTrue();
    assertThat(adapted.encode()).doesNotContain("\"example\"");
    assertThat(adapted.getJsonObject("paths").size()).isEqualTo(original.getJsonObject("paths").size());
  }

  @Test
  void serverVariablesAreReplacedByTheirDefaultsInTheCopyForVertx() {
    JsonObject original = ContractLoader.readDocument();
    JsonObject adapted = ContractLoader.adapt(original);
    List<String> originalUrls = urls(original);
    assertThat(originalUrls).contains("https://{host}");

    assertThat(urls(adapted)).hasSameSizeAs(originalUrls).noneMatch(url -> url.contains("{"))
        .contains("https://api.arize.com", "https://api.eu-west-1a.arize.com");
    assertThat(adapted.getJsonArray("servers").stream().map(JsonObject.class::cast))
        .noneMatch(server -> server.containsKey("variables"));
    assertThat(ContractLoader.load().contract().getServers()).hasSameSizeAs(originalUrls)
        .allSatisfy(server -> assertThat(server.getBasePath()).isEmpty());
  }

  private static List<String> urls(JsonObject document) {
    return document.getJsonArray("servers").stream().map(s -> ((JsonObject) s).getString("url")).toList();
  }
}
