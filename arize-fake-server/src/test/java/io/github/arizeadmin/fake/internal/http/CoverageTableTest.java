package io.github.arizeadmin.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.internal.domain.RuleCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** COVERAGE.md is generated, never hand-edited: the committed file must equal what the build makes. */
class CoverageTableTest {

  @Test
  void theCommittedCoverageTableIsWhatTheBuildGenerates() throws Exception {
    String generated = CoverageTable.render(CoverageTable.pactVerified(Path.of("../arize-contract-tests/PACT-COVERAGE.md")));
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
    assertThat(CoverageTable.render(null)).doesNotContain("shared/").doesNotContain("§");
  }

  @Test
  void everyOperationIsImplementedAndCatalogued() {
    String table = CoverageTable.render(null);
    assertThat(table).contains("43 of 43 operations implemented").doesNotContain("no (501)");
    assertThat(RuleCatalogue.entries()).hasSize(43);
  }
}
