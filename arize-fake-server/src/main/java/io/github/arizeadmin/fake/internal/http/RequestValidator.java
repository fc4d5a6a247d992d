package io.github.arizeadmin.fake.internal.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a request against the contract, in the fake's own words: every problem of the parameters
 * and the body at once, each as {@code field.path: reason} ({@code role.name: 'BOSS' is not one of
 * ADMIN, MEMBER, ANNOTATOR}, {@code limit: 500 is more than the maximum 100}).
 *
 * <p>It knows the schema keywords the contract uses ({@code type}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code enum}, {@code allOf}, {@code oneOf} with a
 * {@code discriminator}, {@code items}, {@code minItems}, {@code maxItems}, {@code minLength},
 * {@code maxLength}, {@code minimum}, {@code maximum}, {@code format} email, date-time and int32,
 * {@code readOnly}) and refuses to start on any other, so a new keyword cannot be ignored silently.
 * Beyond the schemas, text must be text: a string with a NUL character or an unpaired surrogate is
 * refused. A {@code date-time} may omit its offset (UTC), as the official Python SDK sends naive times.
 */
final class RequestValidator {
  /** Keywords this validator applies, and those that only document. */
  static final Set<String> KNOWN_KEYWORDS = Set.of("$ref", "type", "properties", "required", "additionalProperties",
      "enum", "allOf", "oneOf", "discriminator", "items", "minItems", "maxItems", "minLength", "maxLength", "minimum",
      "maximum", "format", "readOnly", "description", "example", "default", "title", "x-secret");
  private static final Set<String> KNOWN_FORMATS = Set.of("email", "date-time", "int32", "password", "uri-reference");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,30}");
  private static final int LISTED_ENUM = 12;
  private static final int SHOWN = 40;
  private static final int MAX_PROBLEMS = 20;

  private final JsonObject document;
  private final Map<String, Rules> operations = new LinkedHashMap<>();

  /** A parameter of an operation. */
  private record Param(String name, String in, boolean required, JsonObject schema) {
  }

  /** What an operation takes. */
  private record Rules(List<Param> params, JsonObject body, boolean bodyRequired) {
  }

  /**
   * @param document the contract (as handed to the router: {@code $ref}s local, examples gone)
   * @throws IllegalStateException when the contract uses a keyword or format this class does not apply
   */
  RequestValidator(JsonObject document) {
    this.document = document;
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (!(item.getValue(method) instanceof JsonObject op) || op.getString("operationId") == null) {
          continue;
        }
        List<Param> params = new ArrayList<>();
        for (Object p : op.getJsonArray("parameters", new JsonArray())) {
          JsonObject parameter = resolve((JsonObject) p);
          params.add(new Param(parameter.getString("name"), parameter.getString("in"),
              parameter.getBoolean("required", false), parameter.getJsonObject("schema")));
          knownKeywords(parameter.getJsonObject("schema"), new java.util.HashSet<>());
        }
        JsonObject body = null;
        boolean required = false;
        if (op.getValue("requestBody") instanceof JsonObject requestBody) {
          JsonObject requestBodyResolved = resolve(requestBody);
          body = requestBodyResolved.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
          required = requestBodyResolved.getBoolean("required", false);
          knownKeywords(body, new java.util.HashSet<>());
        }
        operations.put(op.getString("operationId"), new Rules(params, body, required));
      }
    }
  }

  /**
   * Checks the parameters of a request.
   *
   * @param operationId the operation
   * @param query the decoded values of a query parameter (empty when absent)
   * @param path the decoded value of a path parameter
   * @return the problems, in words (empty when none)
   */
  List<String> parameters(String operationId, Function<String, List<String>> query, Function<String, String> path) {
    Problems problems = new Problems();
    Rules rules = operations.get(operationId);
    if (rules == null) {
      return List.of();
    }
    for (Param param : rules.params()) {
      JsonObject schema = resolve(param.schema());
      List<String> values = "path".equals(param.in()) ? single(path.apply(param.name())) : query.apply(param.name());
      if (values.isEmpty()) {
        if (param.required()) {
          problems.add(param.name(), "is required");
        }
        continue;
      }
      if ("array".equals(schema.getString("type"))) {
        for (int i = 0; i < values.size(); i++) {
          check(schema.getJsonObject("items"), converted(schema.getJsonObject("items"), values.get(i)),
              param.name() + "[" + i + "]", problems, param.name());
        }
      } else if (values.size() > 1) {
        problems.add(param.name(), "given " + values.size() + " times, expected once");
      } else {
        check(param.schema(), converted(schema, values.get(0)), param.name(), problems, null);
      }
    }
    return problems.list();
  }

  /**
   * Checks the body of a request.
   *
   * @param operationId the operation
   * @param body the parsed body (a Vert.x JSON value), or null when the request has none
   * @return the problems, in words (empty when none)
   */
  List<String> body(String operationId, Object body) {
    Rules rules = operations.get(operationId);
    if (rules == null || rules.body() == null) {
      return List.of();
    }
    Problems problems = new Problems();
    if (body == null) {
      if (rules.bodyRequired()) {
        problems.add("", "a JSON body is required");
      }
      return problems.list();
    }
    check(rules.body(), body, "", problems, null);
    return problems.list();
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }

  /** A query or path value as the JSON value its schema expects, or the text itself when it does not convert. */
  private static Object converted(JsonObject schema, String text) {
    String type = schema == null ? null : schema.getString("type");
    if ("integer".equals(type) && INTEGER.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    if ("boolean".equals(type) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(text);
    }
    return text;
  }

  private void check(JsonObject node, Object value, String path, Problems problems, String typeName) {
    JsonObject schema = node;
    String name = typeName;
    while (schema.getValue("$ref") instanceof String ref) {
      name = ref.substring(ref.lastIndexOf('/') + 1);
      schema = pointer(ref);
    }
    if (schema.getValue("oneOf") instanceof JsonArray branches) {
      union(schema, branches, value, path, problems);
      return;
    }
    if (schema.getValue("allOf") instanceof JsonArray parts) {
      for (Object part : parts) {
        check((JsonObject) part, value, path, problems, name);
      }
    }
    String type = schema.getString("type");
    if (type != null && !hasType(type, value)) {
      problems.add(path, "expected " + article(type) + ", got " + describe(value));
      return;
    }
    if (schema.getValue("enum") instanceof JsonArray values && !values.contains(value)) {
      problems.add(path, shown(value) + (values.size() > LISTED_ENUM && name != null ? " is not " + words(name)
          : " is not one of " + String.join(", ", values.stream().map(String::valueOf).toList())));
      return;
    }
    if (value instanceof String text) {
      text(schema, text, path, problems);
    } else if (value instanceof Number number) {
      number(schema, number, path, problems);
    } else if (value instanceof JsonObject object) {
      object(schema, object, path, problems);
    } else if (value instanceof JsonArray array) {
      array(schema, array, path, problems);
    }
  }

  private void union(JsonObject schema, JsonArray branches, Object value, String path, Problems problems) {
    JsonObject discriminator = schema.getJsonObject("discriminator");
    if (discriminator != null) {
      if (!(value instanceof JsonObject object)) {
        problems.add(path, "expected an object, got " + describe(value));
        return;
      }
      String property = discriminator.getString("propertyName");
      JsonObject mapping = discriminator.getJsonObject("mapping");
      Object label = object.getValue(property);
      String labels = String.join(", ", mapping.fieldNames());
      if (label == null) {
        problems.add(join(path, property), "is required (one of " + labels + ")");
      } else if (!(label instanceof String key) || !mapping.containsKey(key)) {
        problems.add(join(path, property), shown(label) + " is not one of " + labels);
      } else {
        check(new JsonObject().put("$ref", mapping.getString(key)), value, path, problems, null);
      }
      return;
    }
    Problems best = null;
    int matching = 0;
    for (Object branch : branches) {
      Problems attempt = new Problems();
      check((JsonObject) branch, value, path, attempt, null);
      matching += attempt.isEmpty() ? 1 : 0;
      best = best == null || attempt.size() < best.size() ? attempt : best;
    }
    if (matching > 1) {
      problems.add(path, "matches more than one of its " + branches.size() + " forms");
    } else if (matching == 0 && best != null) {
      problems.addAll(best);
    }
  }

  private static void text(JsonObject schema, String text, String path, Problems problems) {
    if (text.indexOf('\u0000') >= 0) {
      problems.add(path, "must not contain NUL characters");
      return;
    }
    if (unpairedSurrogate(text)) {
      problems.add(path, "is not valid Unicode text (an unpaired surrogate)");
      return;
    }
    int length = text.codePointCount(0, text.length());
    Integer min = schema.getInteger("minLength");
    Integer max = schema.getInteger("maxLength");
    if (min != null && length < min) {
      problems.add(path, min == 1 ? "must not be empty" : "must be at least " + min + " characters, got " + length);
    } else if (max != null && length > max) {
      problems.add(path, "must be at most " + max + " characters, got " + length);
    } else if ("email".equals(schema.getString("format")) && !EMAIL.matcher(text).matches()) {
      problems.add(path, shown(text) + " is not a valid email address");
    } else if ("date-time".equals(schema.getString("format")) && !dateTime(text)) {
      problems.add(path, shown(text) + " is not an RFC 3339 date-time, such as 2027-01-01T00:00:00Z");
    }
  }

  private static void number(JsonObject schema, Number number, String path, Problems problems) {
    BigDecimal value = new BigDecimal(number.toString());
    if ("integer".equals(schema.getString("type")) && value.stripTrailingZeros().scale() > 0) {
      problems.add(path, "expected an integer, got " + number);
    } else if (schema.getValue("minimum") instanceof Number min && value.compareTo(new BigDecimal(min.toString())) < 0) {
      problems.add(path, value.toPlainString() + " is less than the minimum " + min);
    } else if (schema.getValue("maximum") instanceof Number max && value.compareTo(new BigDecimal(max.toString())) > 0) {
      problems.add(path, value.toPlainString() + " is more than the maximum " + max);
    } else if ("int32".equals(schema.getString("format"))
        && (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
      problems.add(path, value.toPlainString() + " is out of range for a 32-bit integer");
    }
  }

  /** Problems in the order of the schema's properties (then unknown fields, in the body's order). */
  private void object(JsonObject schema, JsonObject object, String path, Problems problems) {
    JsonObject properties = schema.getJsonObject("properties", new JsonObject());
    for (String required : schema.getJsonArray("required", new JsonArray()).stream().map(String::valueOf).toList()) {
      if (!properties.containsKey(required) && object.getValue(required) == null) {
        problems.add(join(path, required), "is required");
      }
    }
    for (String field : properties.fieldNames()) {
      Object value = object.getValue(field);
      if (value == null && isRequired(schema, field)) {
        problems.add(join(path, field), "is required");
      } else if (value != null || object.containsKey(field)) {
        check(properties.getJsonObject(field), value, join(path, field), problems, null);
      }
    }
    if (Boolean.FALSE.equals(schema.getValue("additionalProperties"))) {
      for (String field : object.fieldNames()) {
        if (!properties.containsKey(field)) {
          List<String> takes = properties.fieldNames().stream()
              .filter(p -> !Boolean.TRUE.equals(resolve(properties.getJsonObject(p)).getValue("readOnly"))).toList();
          problems.add(join(path, field), "unknown field, " + (path.isEmpty() ? "this body" : path) + " takes "
              + String.join(", ", takes));
        }
      }
    }
  }

  private static boolean isRequired(JsonObject schema, String field) {
    return schema.getJsonArray("required", new JsonArray()).contains(field);
  }

  private void array(JsonObject schema, JsonArray array, String path, Problems problems) {
    Integer min = schema.getInteger("minItems");
    Integer max = schema.getInteger("maxItems");
    if (min != null && array.size() < min) {
      problems.add(path, "at least " + min + (min == 1 ? " item is" : " items are") + " required");
    } else if (max != null && array.size() > max) {
      problems.add(path, "at most " + max + " items are allowed, got " + array.size());
    }
    if (schema.getValue("items") instanceof JsonObject items) {
      for (int i = 0; i < array.size(); i++) {
        check(items, array.getValue(i), path + "[" + i + "]", problems, null);
      }
    }
  }

  private static boolean hasType(String type, Object value) {
    return switch (type) {
      case "string" -> value instanceof String;
      case "integer", "number" -> value instanceof Number;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof JsonObject;
      case "array" -> value instanceof JsonArray;
      default -> true;
    };
  }

  private static String article(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "object" -> "an object";
      case "array" -> "an array";
      case "boolean" -> "true or false";
      default -> "a " + type;
    };
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      return "a string (" + shown(text) + ")";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return value instanceof JsonArray ? "an array" : "an object";
  }

  /** {@code Permission} as {@code a permission}, {@code UserSpaceRole} as {@code a user space role}. */
  private static String words(String typeName) {
    String spaced = typeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(spaced.charAt(0)) >= 0 ? "an " : "a ") + spaced;
  }

  /** A value as a message shows it: strings quoted and cut, never an unpaired surrogate. */
  static String shown(Object value) {
    if (!(value instanceof String text)) {
      return String.valueOf(value);
    }
    int length = text.codePointCount(0, text.length());
    String cut = length > SHOWN ? text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "... (" + length
        + " characters)" : text;
    return "'" + cut + "'";
  }

  private static boolean unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException withoutOffset) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException notATime) {
        return false;
      }
    }
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private JsonObject resolve(JsonObject node) {
    JsonObject current = node;
    while (current.getValue("$ref") instanceof String ref) {
      current = pointer(ref);
    }
    return current;
  }

  private JsonObject pointer(String ref) {
    JsonObject target = document;
    for (String part : ref.substring(ref.indexOf('#') + 2).split("/")) {
      target = target == null ? null : target.getJsonObject(part.replace("~1", "/").replace("~0", "~"));
    }
    if (target == null) {
      throw new IllegalStateException("The contract's $ref " + ref + " points at nothing.");
    }
    return target;
  }

  /** Fails on a keyword or format of the contract that this class does not apply. */
  private void knownKeywords(JsonObject node, Set<String> seen) {
    if (node == null) {
      return;
    }
    if (node.getValue("$ref") instanceof String ref) {
      if (seen.add(ref)) {
        knownKeywords(pointer(ref), seen);
      }
      return;
    }
    for (String keyword : node.fieldNames()) {
      if (!KNOWN_KEYWORDS.contains(keyword)) {
        throw new IllegalStateException("The contract uses the schema keyword '" + keyword
            + "', which the fake's request validator does not apply.");
      }
    }
    if (node.getValue("format") instanceof String format && !KNOWN_FORMATS.contains(format)) {
      throw new IllegalStateException("The contract uses the format '" + format
          + "', which the fake's request validator does not apply.");
    }
    if (node.getValue("properties") instanceof JsonObject properties) {
      properties.forEach(p -> knownKeywords((JsonObject) p.getValue(), seen));
    }
    for (String key : List.of("items")) {
      if (node.getValue(key) instanceof JsonObject child) {
        knownKeywords(child, seen);
      }
    }
    for (String key : List.of("allOf", "oneOf")) {
      if (node.getValue(key) instanceof JsonArray children) {
        children.forEach(child -> knownKeywords((JsonObject) child, seen));
      }
    }
    if (node.getValue("discriminator") instanceof JsonObject discriminator
        && discriminator.getValue("mapping") instanceof JsonObject mapping) {
      mapping.forEach(m -> knownKeywords(new JsonObject().put("$ref", m.getValue()), seen));
    }
  }

  /** The problems found so far, one per field (the first found), in order. */
  private static final class Problems {
    private final Map<String, String> byPath = new LinkedHashMap<>();

    void add(String path, String reason) {
      byPath.putIfAbsent(path, reason);
    }

    void addAll(Problems other) {
      other.byPath.forEach(byPath::putIfAbsent);
    }

    boolean isEmpty() {
      return byPath.isEmpty();
    }

    int size() {
      return byPath.size();
    }

    List<String> list() {
      List<String> out = new ArrayList<>();
      byPath.forEach((path, reason) -> out.add(path.isEmpty() ? reason : path + ": " + reason));
      if (out.size() > MAX_PROBLEMS) {
        int more = out.size() - MAX_PROBLEMS;
        List<String> cut = new ArrayList<>(out.subList(0, MAX_PROBLEMS));
        cut.add("and " + more + " more");
        return cut;
      }
      return out;
    }
  }
}
