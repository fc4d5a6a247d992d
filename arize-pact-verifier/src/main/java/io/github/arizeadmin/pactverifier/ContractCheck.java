package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactLevelResolverFactory;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Check 1: an interaction's request and expected response against the contract, with the
 * validation the project's own pacts get (Atlassian's OpenAPI validator, its pact adapters and
 * its pact leniency: a pact's response may leave out required fields, as Pact matches only what
 * it lists). The messages come back in words ({@link ContractMessages}).
 */
final class ContractCheck {
  static final String CONTRACT = "/openapi/arize-admin-v2.yaml";

  private final OpenApiInteractionValidator validator;

  ContractCheck() {
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(forValidator(contractYaml()))
        .withLevelResolver(PactLevelResolverFactory.create()).build();
  }

  /**
   * @param request the pact's request, examples as written
   * @param response the pact's expected response
   * @return what breaks the contract, in words; empty when nothing does
   */
  List<String> check(IRequest request, IResponse response) {
    return ContractMessages.translate(validator.validate(PactRequest.of(request), PactResponse.of(response)),
        request.getMethod().toUpperCase(java.util.Locale.ROOT), request.getPath());
  }

  private static String contractYaml() {
    try (InputStream in = ContractCheck.class.getResourceAsStream(CONTRACT)) {
      if (in == null) {
        throw new IllegalStateException(CONTRACT + " is not on the classpath (the openapi module provides it)");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The validator's copy of the contract, without its {@code discriminator} keywords: the
   * validator's JSON Schema library rejects a discriminator whose property is not declared
   * {@code type: string} directly (ours narrow an enum with {@code allOf}) and then validates
   * nothing. The {@code oneOf} branches stay mutually exclusive through their single-value enums.
   */
  static String forValidator(String yaml) {
    try {
      JsonNode tree = Json.yaml(yaml);
      dropDiscriminators(tree);
      return Json.JSON.writeValueAsString(tree);
    } catch (JsonProcessingException | org.yaml.snakeyaml.error.YAMLException e) {
      throw new IllegalStateException("The contract " + CONTRACT + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  private static void dropDiscriminators(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("discriminator");
      object.forEach(ContractCheck::dropDiscriminators);
    } else if (node instanceof ArrayNode array) {
      array.forEach(ContractCheck::dropDiscriminators);
    }
  }
}
