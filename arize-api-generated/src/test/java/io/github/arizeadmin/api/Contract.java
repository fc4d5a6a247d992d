package io.github.arizeadmin.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** The contract as plain maps, loaded from the classpath resource the openapi module packages. */
final class Contract {
  static final String RESOURCE = "/openapi/arize-admin-v2.yaml";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final Map<String, Object> DOCUMENT = load();

  private Contract() {
  }

  /** One operation of the contract. */
  record Operation(String id, String method, String path, String tag, Map<String, Object> definition) {
    List<Map<String, Object>> parameters() {
      List<Map<String, Object>> resolved = new ArrayList<>();
      for (Object p : list(definition.get("parameters"))) {
        resolved.add(resolve(map(p)));
      }
      return resolved;
    }

    boolean hasBody() {
      return definition.containsKey("requestBody");
    }

    Map<String, Object> responses() {
      return map(definition.get("responses"));
    }
  }

  static Map<String, Object> schemas() {
    return map(map(DOCUMENT.get("components")).get("schemas"));
  }

  static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    map(DOCUMENT.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
      if (METHODS.contains(method)) {
        Map<String, Object> definition = map(op);
        String tag = (String) list(definition.get("tags")).get(0);
        operations.add(new Operation((String) definition.get("operationId"), method.toUpperCase(), path, tag, definition));
      }
    }));
    return operations;
  }

  /** Follows one local {@code $ref}, if any. */
  static Map<String, Object> resolve(Map<String, Object> node) {
    Object ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    Map<String, Object> current = DOCUMENT;
    for (String part : ((String) ref).substring(2).split("/")) {
      current = map(current.get(part));
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value == null ? new LinkedHashMap<>() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }

  private static Map<String, Object> load() {
    try (InputStream in = Contract.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath");
      }
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
