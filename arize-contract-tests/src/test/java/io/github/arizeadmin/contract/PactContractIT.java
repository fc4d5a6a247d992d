package io.github.arizeadmin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pacts may only describe what the contract has: every interaction's request and response is
 * validated against the contract, and every operation of the contract has a pact interaction.
 */
class PactContractIT {
  private final String contract = Contract.yaml();

  @Test
  void everyInteractionConformsToTheContract() {
    PactProviderValidationResults results = Pacts.validateAgainst(contract);
    assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    assertThat(results.getConsumerResult(Wire.CONSUMER)).hasValueSatisfying(
        consumer -> assertThat(consumer.getInteractionResults()).hasSize(Pacts.load().getInteractions().size()));
  }

  @Test
  void everyOperationOfTheContractHasAPactedSuccessPath() {
    List<Pacts.Operation> operations = Pacts.coverage(contract);
    assertThat(operations).hasSize(43);
    assertThat(operations).filteredOn(op -> op.success().isEmpty()).as("operations without a success interaction")
        .isEmpty();
  }

  @Test
  void theErrorsUsersMustHandleArePacted() {
    List<String> errors = Pacts.coverage(contract).stream().flatMap(op -> op.errors().stream())
        .map(e -> e.substring(0, 3)).distinct().sorted().toList();
    assertThat(errors).containsExactly("400", "401", "403", "404", "409");
  }

  @Test
  void pactCoverageTableIsUpToDate() throws IOException {
    String generated = Pacts.coverageMarkdown(contract);
    Files.writeString(Path.of("target", "PACT-COVERAGE.md"), generated);
    assertThat(Files.readString(Path.of("PACT-COVERAGE.md")))
        .as("PACT-COVERAGE.md is stale: copy target/PACT-COVERAGE.md over it").isEqualTo(generated);
  }
}
