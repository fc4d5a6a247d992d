package io.github.arizeadmin.fake.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a response against the original contract (not the copy adapted for Vert.x): the status
 * is one the operation declares, the Content-Type is the declared media type
 * ({@code application/problem+json} for errors), and the body validates against the declared
 * schema (networknt, OpenAPI 3.0 dialect, as the openapi module's lint).
 */
public final class ContractValidator {
  private static final String RESOURCE = "openapi/arize-admin-v2.yaml";
  private static final Map<String, Object> ROOT = load();
  private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
      builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
  private static final List<Route> ROUTES = routes();

  private record Route(String method, String template, Pattern pattern, String operationId, Map<String, Object> op) {
  }

  private ContractValidator() {
  }

  /**
   * Validates one exchange.
   *
   * @param method the request method
   * @param path the request path (encoded)
   * @param status the response status
   * @param contentType the response Content-Type, or null
   * @param body the response body ("" when none)
   * @return the violations (empty when the response follows the contract)
   */
  public static List<String> validate(String method, String path, int status, String contentType, String body) {
    List<String> problems = new ArrayList<>();
    Route route = ROUTES.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.pattern().matcher(path).matches())
        .findFirst().orElse(null);
    String where = method + " " + path + " -> " + status;
    if (route == null) {
      if (status != 404 && status != 405 && status != 401) {
        problems.add(where + ": no operation of the contract matches");
      }
      return problems;
    }
    Map<String, Object> responses = map(route.op().get("responses"));
    Object declared = responses.get(String.valueOf(status));
    if (declared == null) {
      problems.add(where + ": status " + status + " is not declared for " + route.operationId());
      return problems;
    }
    Map<String, Object> response = resolve(declared);
    Map<String, Object> content = map(response.get("content"));
    if (content.isEmpty()) {
      if (!body.isEmpty()) {
        problems.add(where + ": expected no body, got " + body);
      }
      return problems;
    }
    String mediaType = content.keySet().iterator().next();
    String actual = contentType == null ? "" : contentType.split(";")[0].trim();
    if (!mediaType.equals(actual)) {
      problems.add(where + ": Content-Type " + actual + ", the contract says " + mediaType);
    }
    Map<String, Object> schema = map(map(content.get(mediaType)).get("schema"));
    String location;
    if (schema.get("$ref") instanceof String ref) {
      location = "classpath:" + RESOURCE + ref;
    } else {
      String pointer = declared instanceof Map<?, ?> m && m.containsKey("$ref") ? ((String) m.get("$ref")).substring(1)
          : "/paths/" + escape(route.template()) + "/" + route.method() + "/responses/" + status;
      location = "classpath:" + RESOURCE + "#" + pointer + "/content/" + escape(mediaType) + "/schema";
    }
    try {
      JsonNode instance = JSON.readTree(body);
      Set<ValidationMessage> errors = CACHE.computeIfAbsent(location, l -> SCHEMAS.getSchema(SchemaLocation.of(l)))
          .validate(instance);
      errors.forEach(e -> problems.add(where + ": " + e.getMessage() + " in " + body));
    } catch (IOException notJson) {
      problems.add(where + ": body is not JSON: " + body);
    }
    return problems;
  }

  /**
   * @param method the request method
   * @param path the request path
   * @return the operationId the request matches, or null
   */
  public static String operationId(String method, String path) {
    return ROUTES.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.pattern().matcher(path).matches())
        .map(Route::operationId).findFirst().orElse(null);
  }

  /** @return every operationId of the contract, in order */
  public static List<String> operationIds() {
    return ROUTES.stream().map(Route::operationId).toList();
  }

  /** @return the contract as maps */
  public static Map<String, Object> root() {
    return ROOT;
  }

  private static String escape(String text) {
    return text.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
  }

  private static List<Route> routes() {
    List<Route> out = new ArrayList<>();
    map(ROOT.get("paths")).forEach((template, item) -> map(item).forEach((method, op) -> {
      if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
        Pattern pattern = Pattern.compile("^" + template.replaceAll("\\{[a-z_]+}", "[^/]+") + "$");
        out.add(new Route(method, template, pattern, (String) map(op).get("operationId"), map(op)));
      }
    }));
    return out;
  }

  /**
   * @param node a node of the contract, or a {@code $ref} to one
   * @return the node, with every {@code $ref} followed
   */
  public static Map<String, Object> resolve(Object node) {
    Map<String, Object> current = map(node);
    while (current.get("$ref") instanceof String ref) {
      Map<String, Object> target = ROOT;
      for (String part : ref.substring(2).split("/")) {
        target = map(target.get(part));
      }
      current = target;
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static Map<String, Object> load() {
    try (InputStream in = ContractValidator.class.getResourceAsStream("/" + RESOURCE)) {
      return new Yaml(new SafeConstructor(new LoaderOptions()) {
        {
          yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
        }
      }).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
