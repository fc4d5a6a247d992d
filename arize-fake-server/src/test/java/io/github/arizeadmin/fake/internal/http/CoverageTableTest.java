package io.github.arizeadmin.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.internal.domain.RuleCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** COVERAGE.md is generated, never hand-edited: the committed file must equal what the build makes. */
class CoverageTableTest {

  @Test
  void theCommittedCoverageTableIsWhatTheBuildGenerates() throws Exception {
    String generated = CoverageTable.render(CoverageTable.pactVerified(Path.of("../arize-contract-tests/PACT-COVERAGE.md")),
        CoverageTable.ruleTests(Path.of(CoverageTable.TEST_SOURCES)));
    Path committed = Path.of("COVERAGE.md");
    assertThat(committed).as("arize-fake-server/COVERAGE.md is missing: copy target/COVERAGE.md").exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("COVERAGE.md differs from the generated table: run the build and copy target/COVERAGE.md over it")
        .isEqualTo(generated);
  }

  @Test
  void everyRuleTheCatalogueNamesIsExplainedWithItsSource() {
    java.util.Set<String> named = new java.util.TreeSet<>();
    RuleCatalogue.entries().values().forEach(entry -> named.addAll(entry.rules()));
    assertThat(RuleLegend.rules().keySet()).containsAll(named);
    // Every source named is public, and every link stays inside the repository.
    assertThat(CoverageTable.render(null, Map.of())).doesNotContain("](../").doesNotContain("§");
  }

  @Test
  void everyRuleHasATestTaggedWithItAndEveryTagNamesARule() throws Exception {
    Map<String, List<String>> tests = CoverageTable.ruleTests(Path.of(CoverageTable.TEST_SOURCES));
    assertThat(RuleLegend.rules().keySet())
        .as("rules without a test tagged @Tag(\"R-...\") with their ID")
        .allSatisfy(rule -> assertThat(tests).containsKey(rule));
    assertThat(tests.keySet()).as("tags that name no rule of RuleLegend").isSubsetOf(RuleLegend.rules().keySet());
  }

  @Test
  void theTestsOfARuleAreTheMethodsItsTagMarks(@TempDir Path sources) throws Exception {
    Path file = Files.createDirectories(sources.resolve("x")).resolve("SomeTest.java");
    Files.writeString(file, """
        class SomeTest {
          @Test
          @TAG("R-A")
          @TAG("R-B")
          void first() {
          }

          @Test
          void untagged() {
          }

          @TAG("R-A")
          @Test
          void second() {
          }
        }
        """.replace("@TAG", "@Tag")); // spelled so that this file tags nothing itself
    assertThat(CoverageTable.ruleTests(sources)).containsExactly(
        Map.entry("R-A", List.of("[SomeTest.first](src/test/java/x/SomeTest.java)",
            "[SomeTest.second](src/test/java/x/SomeTest.java)")),
        Map.entry("R-B", List.of("[SomeTest.first](src/test/java/x/SomeTest.java)")));
  }

  @Test
  void ruleIdsOfTheOperationsLinkToTheirRowInTheRulesTable() {
    String table = CoverageTable.render(null, Map.of());
    assertThat(table).contains("| [R-UNIQ-ORG](#r-uniq-org) |").contains("| <a id=\"r-uniq-org\"></a>R-UNIQ-ORG |");
  }

  @Test
  void everyOperationIsImplementedAndCatalogued() {
    String table = CoverageTable.render(null);
    assertThat(table).contains("43 of 43 operations implemented").doesNotContain("no (501)");
    assertThat(RuleCatalogue.entries()).hasSize(43);
  }
}
