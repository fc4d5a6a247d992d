package io.github.arizeadmin.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The packaged contract as plain maps. */
final class ContractDocument {
  static final String RESOURCE = "/openapi/arize-admin-v2.yaml";
  static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");
  static final Map<String, Object> ROOT = load();

  private ContractDocument() {
  }

  record Operation(String id, String method, String path, Map<String, Object> definition) {
    String where() {
      return method.toUpperCase() + " " + path + " (" + id + ")";
    }
  }

  static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    map(ROOT.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
      if (HTTP_METHODS.contains(method)) {
        operations.add(new Operation((String) map(op).get("operationId"), method, path, map(op)));
      }
    }));
    return operations;
  }

  static Map<String, Object> schemas() {
    return map(map(ROOT.get("components")).get("schemas"));
  }

  static Map<String, Object> resolve(Object node) {
    Map<String, Object> current = map(node);
    while (current.containsKey("$ref")) {
      Map<String, Object> target = ROOT;
      for (String part : ((String) current.get("$ref")).substring(2).split("/")) {
        target = map(target.get(part));
      }
      current = target;
    }
    return current;
  }

  static String refName(Object node) {
    Object ref = map(node).get("$ref");
    return ref == null ? null : ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
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
    try (InputStream in = ContractDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      // Timestamps stay strings: the contract's examples are wire text, not dates.
      return new Yaml(new SafeConstructor(new LoaderOptions()) {
        {
          yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
        }
      }).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
