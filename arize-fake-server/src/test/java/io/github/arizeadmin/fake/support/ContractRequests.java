package io.github.arizeadmin.fake.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requests of the contract, read from the contract itself so that tests driven by it cover a
 * new operation without a change: each operation's parameters, its body schema and example, and the
 * fields of a body (walked along the example, so a union contributes the branch the example takes).
 */
public final class ContractRequests {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private ContractRequests() {
  }

  /**
   * One parameter.
   *
   * @param name its name
   * @param in path or query
   * @param required whether it is required
   * @param schema its schema, resolved
   */
  public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
  }

  /**
   * One operation.
   *
   * @param id the operationId
   * @param method the HTTP method, upper case
   * @param path the path template
   * @param parameters its parameters
   * @param bodySchema the body's schema, resolved, or null when it takes none
   * @param bodyExample the body's example, or null
   * @param statuses the statuses it declares
   */
  public record Operation(String id, String method, String path, List<Parameter> parameters,
      Map<String, Object> bodySchema, Object bodyExample, Set<String> statuses) {
  }

  /**
   * A field of a body: its location and its schema.
   *
   * @param path the keys and indexes leading to it
   * @param schema its schema, resolved
   */
  public record Field(List<Object> path, Map<String, Object> schema) {
    /** @return the field as the fake names it in messages: {@code role.name}, {@code permissions[0]} */
    public String dotted() {
      StringBuilder out = new StringBuilder();
      for (Object step : path) {
        if (step instanceof Integer index) {
          out.append('[').append(index).append(']');
        } else {
          out.append(out.length() == 0 ? "" : ".").append(step);
        }
      }
      return out.toString();
    }

    /** @return the last key of the path (the index's array key for an item) */
    public String name() {
      for (int i = path.size() - 1; i >= 0; i--) {
        if (path.get(i) instanceof String key) {
          return key;
        }
      }
      return "";
    }
  }

  /** @return every operation of the contract, in order */
  public static List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    map(ContractValidator.root().get("paths")).forEach((path, item) -> map(item).forEach((method, raw) -> {
      if (!METHODS.contains(method)) {
        return;
      }
      Map<String, Object> op = map(raw);
      List<Parameter> parameters = new ArrayList<>();
      for (Object p : list(op.get("parameters"))) {
        Map<String, Object> parameter = resolve(p);
        parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
            Boolean.TRUE.equals(parameter.get("required")), resolve(parameter.get("schema"))));
      }
      Map<String, Object> json = map(map(map(op.get("requestBody")).get("content")).get("application/json"));
      out.add(new Operation((String) op.get("operationId"), method.toUpperCase(java.util.Locale.ROOT), path,
          parameters, json.isEmpty() ? null : resolve(json.get("schema")), json.get("example"),
          map(op.get("responses")).keySet()));
    }));
    return out;
  }

  /**
   * The example and, for every union it reaches, one body per other branch (that branch's own
   * example in its place), so that every branch of every union is walked.
   *
   * @param schema the body's schema
   * @param example the body's example
   * @return the bodies, the example first
   */
  public static List<Object> examples(Map<String, Object> schema, Object example) {
    List<Object> out = new ArrayList<>();
    Map<String, Object> discriminator = map(schema.get("discriminator"));
    if (!discriminator.isEmpty()) {
      Map<String, Object> mapping = map(discriminator.get("mapping"));
      Object label = map(example).get(discriminator.get("propertyName"));
      out.addAll(examples(branch(schema, example), example));
      mapping.forEach((other, target) -> {
        if (!other.equals(label)) {
          Map<String, Object> variant = resolve(Map.of("$ref", target));
          out.addAll(examples(variant, variant.get("example")));
        }
      });
      return out;
    }
    out.add(example);
    if (example instanceof Map<?, ?> object) {
      map(schema.get("properties")).forEach((name, property) -> {
        if (object.containsKey(name)) {
          List<Object> alternatives = examples(resolve(property), object.get(name));
          alternatives.subList(1, alternatives.size())
              .forEach(alternative -> out.add(with(example, List.of(name), alternative)));
        }
      });
    } else if (example instanceof List<?> items && !items.isEmpty()) {
      List<Object> alternatives = examples(resolve(schema.get("items")), items.get(0));
      alternatives.subList(1, alternatives.size()).forEach(alternative -> out.add(with(example, List.of(0), alternative)));
    }
    return out;
  }

  /**
   * Every field of a body that the example reaches, depth first; for a union, the branch its
   * discriminator names; for an array, its first item.
   *
   * @param schema the body's schema
   * @param example the body's example
   * @return the fields
   */
  public static List<Field> fields(Map<String, Object> schema, Object example) {
    List<Field> out = new ArrayList<>();
    walk(schema, example, new ArrayList<>(), out);
    return out;
  }

  private static void walk(Map<String, Object> schema, Object value, List<Object> path, List<Field> out) {
    Map<String, Object> s = branch(schema, value);
    if (!path.isEmpty()) {
      out.add(new Field(List.copyOf(path), s));
    }
    if (value instanceof Map<?, ?> object) {
      Map<String, Object> properties = map(s.get("properties"));
      properties.forEach((name, property) -> {
        if (object.containsKey(name)) {
          path.add(name);
          walk(resolve(property), object.get(name), path, out);
          path.remove(path.size() - 1);
        }
      });
    } else if (value instanceof List<?> items && !items.isEmpty()) {
      path.add(0);
      walk(resolve(s.get("items")), items.get(0), path, out);
      path.remove(path.size() - 1);
    }
  }

  /** The schema that applies to {@code value}: a union's branch named by its discriminator. */
  public static Map<String, Object> branch(Map<String, Object> schema, Object value) {
    Map<String, Object> discriminator = map(schema.get("discriminator"));
    if (!discriminator.isEmpty() && value instanceof Map<?, ?> object) {
      Object target = map(discriminator.get("mapping")).get(String.valueOf(object.get(discriminator.get("propertyName"))));
      if (target != null) {
        return resolve(Map.of("$ref", target));
      }
    }
    return schema;
  }

  /**
   * @param schema a schema
   * @return whether a value of it is a JSON string (enums and formats included)
   */
  public static boolean isString(Map<String, Object> schema) {
    if ("string".equals(schema.get("type")) || schema.get("enum") instanceof List<?> values
        && !values.isEmpty() && values.get(0) instanceof String) {
      return true;
    }
    return list(schema.get("allOf")).stream().anyMatch(part -> isString(resolve(part)));
  }

  /**
   * A deep copy of {@code document} with the value at {@code path} replaced (or removed when
   * {@code value} is {@link #ABSENT}).
   *
   * @param document a JSON document as maps and lists
   * @param path where
   * @param value the new value
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  public static Object with(Object document, List<Object> path, Object value) {
    Object copy = copy(document);
    Object parent = copy;
    for (int i = 0; i < path.size() - 1; i++) {
      parent = path.get(i) instanceof Integer index ? ((List<Object>) parent).get(index)
          : ((Map<String, Object>) parent).get(path.get(i));
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index) {
      ((List<Object>) parent).set(index, value);
    } else if (value == ABSENT) {
      ((Map<String, Object>) parent).remove(last);
    } else {
      ((Map<String, Object>) parent).put((String) last, value);
    }
    return copy;
  }

  /**
   * @param document a JSON document as maps and lists
   * @param path where
   * @return the value there, or null
   */
  public static Object value(Object document, List<Object> path) {
    Object current = document;
    for (Object step : path) {
      current = step instanceof Integer index ? list(current).get(index) : map(current).get(step);
    }
    return current;
  }

  /**
   * @param schema a body's schema
   * @param body a body
   * @param path a field of it
   * @return whether the object holding the field requires it
   */
  public static boolean isRequired(Map<String, Object> schema, Object body, List<Object> path) {
    Map<String, Object> parent = schema;
    Object value = body;
    for (int i = 0; i < path.size() - 1; i++) {
      Map<String, Object> s = branch(parent, value);
      Object step = path.get(i);
      parent = resolve(step instanceof Integer ? s.get("items") : map(s.get("properties")).get(step));
      value = step instanceof Integer index ? list(value).get(index) : map(value).get(step);
    }
    Object last = path.get(path.size() - 1);
    return last instanceof String key && list(branch(parent, value).get("required")).contains(key);
  }

  /** The marker of {@link #with} that removes a field. */
  public static final Object ABSENT = new Object();

  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> object) {
      Map<String, Object> out = new LinkedHashMap<>();
      object.forEach((k, v) -> out.put((String) k, copy(v)));
      return out;
    }
    if (value instanceof List<?> items) {
      List<Object> out = new ArrayList<>();
      items.forEach(v -> out.add(copy(v)));
      return out;
    }
    return value;
  }

  /**
   * @param node a schema or a {@code $ref} to one
   * @return the schema, with every {@code $ref} followed
   */
  public static Map<String, Object> resolve(Object node) {
    return ContractValidator.resolve(node);
  }

  static Map<String, Object> map(Object value) {
    return ContractValidator.map(value);
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value instanceof List ? (List<Object>) value : List.of();
  }
}
