package io.github.arizeadmin.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The contract, read from the {@code openapi} module's classpath resource, and validators built on it. */
final class Contract {
  static final String RESOURCE = "/openapi/arize-admin-v2.yaml";

  private Contract() {
  }

  /** @return the contract's YAML text */
  static String yaml() {
    try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath (the openapi module provides it)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a validator of live requests and responses against the given contract text */
  static OpenApiInteractionValidator validator(String yaml) {
    return OpenApiInteractionValidator.createForInlineApiSpecification(forValidator(yaml)).build();
  }

  /**
   * The one adaptation the validator needs: its JSON Schema library rejects a discriminator whose
   * property is not declared {@code type: string} directly (ours is an enum narrowed with
   * {@code allOf}), and then validates nothing. The discriminators are dropped from its copy; the
   * oneOf branches stay mutually exclusive through their single-value {@code type} enums.
   *
   * @param yaml the contract text
   * @return the text handed to the validator
   */
  static String forValidator(String yaml) {
    Object tree = new Yaml().load(yaml);
    dropDiscriminators(tree);
    return new Yaml().dump(tree);
  }

  private static void dropDiscriminators(Object node) {
    if (node instanceof Map<?, ?> map) {
      map.remove("discriminator");
      map.values().forEach(Contract::dropDiscriminators);
    } else if (node instanceof List<?> list) {
      list.forEach(Contract::dropDiscriminators);
    }
  }
}
