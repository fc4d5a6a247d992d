package io.github.arizeadmin.contract;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactLevelResolverFactory;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** The pact file the consumer tests wrote, and the checks of it against a contract. */
final class Pacts {
  static final Path FILE = Path.of("target", "pacts", Wire.CONSUMER + "-" + Wire.PROVIDER + ".json");

  private Pacts() {
  }

  static Path file() {
    if (!Files.isRegularFile(FILE)) {
      throw new IllegalStateException(FILE.toAbsolutePath() + " is missing: the consumer tests (phase test) write it");
    }
    return FILE;
  }

  /** @return the pact, loaded by Pact JVM itself */
  static Pact load() {
    return DefaultPactReader.INSTANCE.loadPact(file().toFile());
  }

  static Interaction interaction(String description) {
    return load().getInteractions().stream().filter(i -> i.getDescription().equals(description)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No interaction '" + description + "' in " + FILE));
  }

  /**
   * Validates every interaction of the pact file against a contract with Atlassian's
   * {@link PactProviderValidator}, with its pact-specific leniency (PactLevelResolverFactory).
   */
  static PactProviderValidationResults validateAgainst(String contractYaml) {
    OpenApiInteractionValidator validator = OpenApiInteractionValidator
        .createForInlineApiSpecification(Contract.forValidator(contractYaml))
        .withLevelResolver(PactLevelResolverFactory.create()).build();
    File pact = file().toAbsolutePath().toFile();
    return PactProviderValidator.createFor(validator).withConsumer(Wire.CONSUMER, pact.getPath()).build()
        .validate();
  }

  /** One operation of the contract, with the pact interactions that exercise it. */
  record Operation(String operationId, String method, String path, List<String> success, List<String> errors) {
  }

  /**
   * Maps every pact interaction onto the contract's operations by method and path template.
   *
   * @return the operations in contract order
   */
  @SuppressWarnings("unchecked")
  static List<Operation> coverage(String contractYaml) {
    Map<String, Object> contract = new Yaml().load(contractYaml);
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) contract.get("paths");
    Map<String, Operation> byKey = new LinkedHashMap<>();
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    paths.forEach((path, item) -> item.forEach((method, op) -> {
      if (op instanceof Map<?, ?> operation && operation.containsKey("operationId")) {
        String key = method.toUpperCase() + " " + path;
        byKey.put(key, new Operation((String) operation.get("operationId"), method.toUpperCase(), path,
            new ArrayList<>(), new ArrayList<>()));
        patterns.put(key, Pattern.compile(method.toUpperCase() + " " + path.replaceAll("\\{[^}]+}", "[^/]+")));
      }
    }));
    for (Interaction interaction : load().getInteractions()) {
      var http = interaction.asSynchronousRequestResponse();
      String call = http.getRequest().getMethod().toUpperCase() + " " + http.getRequest().getPath();
      int status = http.getResponse().getStatus();
      String key = patterns.entrySet().stream().filter(e -> e.getValue().matcher(call).matches())
          .map(Map.Entry::getKey).findFirst()
          .orElseThrow(() -> new AssertionError("Interaction '" + interaction.getDescription() + "' (" + call
              + ") matches no operation of the contract"));
      Operation operation = byKey.get(key);
      (status < 300 ? operation.success() : operation.errors()).add(status + " " + interaction.getDescription());
    }
    return List.copyOf(byKey.values());
  }

  /**
   * @param contractYaml the contract
   * @param call "METHOD /path" of a concrete request
   * @return the operationId of the contract operation the call reaches
   */
  @SuppressWarnings("unchecked")
  static String operationId(String contractYaml, String call) {
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml()
        .load(contractYaml)).get("paths");
    for (var path : paths.entrySet()) {
      for (var op : path.getValue().entrySet()) {
        if (op.getValue() instanceof Map<?, ?> operation && operation.containsKey("operationId")
            && Pattern.matches(op.getKey().toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]+}", "[^/]+"), call)) {
          return (String) operation.get("operationId");
        }
      }
    }
    throw new AssertionError(call + " matches no operation of the contract");
  }

  /** @return the coverage table, as committed in PACT-COVERAGE.md */
  static String coverageMarkdown(String contractYaml) {
    List<Operation> operations = coverage(contractYaml);
    StringBuilder md = new StringBuilder("""
        # Operations covered by the consumer pacts

        Generated by `PactContractIT` from the contract and `target/pacts` (consumer `%s`, provider `%s`). \
        Do not edit: `mvn -pl arize-contract-tests verify` fails when this file differs from \
        `target/PACT-COVERAGE.md`; copy that file here after a change. Every interaction listed is checked against \
        the contract and verified against the fake server.

        | Operation | Method and path | Success interactions | Error interactions |
        |---|---|---|---|
        """.formatted(Wire.CONSUMER, Wire.PROVIDER));
    for (Operation op : operations) {
      md.append("| `").append(op.operationId()).append("` | `").append(op.method()).append(' ').append(op.path())
          .append("` | ").append(op.success().isEmpty() ? "none" : String.join("; ", new TreeSet<>(op.success())))
          .append(" | ").append(op.errors().isEmpty() ? "" : String.join("; ", new TreeSet<>(op.errors())))
          .append(" |\n");
    }
    long covered = operations.stream().filter(op -> !op.success().isEmpty()).count();
    md.append('\n').append(covered).append(" of ").append(operations.size())
        .append(" operations have a pact-verified success path.\n");
    return md.toString();
  }
}
