package io.github.arizeadmin.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which journaled {@code /v2} requests to find, count or verify: every criterion given must hold,
 * and a pattern without criteria matches every request.
 *
 * <pre>{@code
 * fake.verify(RequestPattern.operation("createUser").withBodyField("email", "jane@example.com"));
 * fake.verify(2, RequestPattern.operation("listUsers").withQueryParam("limit", "5").withStatus(200));
 * fake.requests(RequestPattern.anyRequest().withMethod("DELETE"));
 * }</pre>
 *
 * <p>A body field is named by its path, dots between the names of nested objects and numbers
 * indexing arrays ({@code role.name}, {@code permissions.0}); it matches when the request's JSON
 * body has that value there (numbers by value, so {@code 5} matches {@code 5.0}), and a null
 * expected value matches a field that is null or absent. Redacted values (raw keys, passwords) read
 * {@code "[REDACTED]"}, as in the journal.
 *
 * @param operationId the contract operation, or null for any
 * @param method the HTTP method (upper case), or null for any
 * @param path the exact path, e.g. {@code /v2/users}, or null for any
 * @param queryParams query parameters the request must carry with these values (decoded)
 * @param bodyFields body fields (by path) the request must carry with these values: strings,
 *     numbers, booleans or null
 * @param status the status answered (0 for a dropped or reset connection), or null for any
 */
public record RequestPattern(String operationId, String method, String path, Map<String, String> queryParams,
    Map<String, Object> bodyFields, Integer status) {
  private static final RequestPattern ANY = new RequestPattern(null, null, null, Map.of(), Map.of(), null);

  /**
   * Checks and copies the criteria; the messages name the JSON field of {@code /__admin/requests/find}.
   *
   * @param operationId the operation, or null
   * @param method the method, or null
   * @param path the path, or null
   * @param queryParams query parameters (null for none)
   * @param bodyFields body fields (null for none)
   * @param status the status, or null
   * @throws IllegalArgumentException when a criterion cannot match anything
   */
  public RequestPattern {
    if (operationId != null && operationId.isBlank()) {
      throw new IllegalArgumentException("operation_id: a contract operation is required.");
    }
    if (method != null) {
      if (!method.matches("[A-Za-z]+")) {
        throw new IllegalArgumentException("method: an HTTP method is required (got '" + method + "').");
      }
      method = method.toUpperCase(Locale.ROOT);
    }
    if (path != null && !path.startsWith("/")) {
      throw new IllegalArgumentException("path: a path starting with / is required (got '" + path + "').");
    }
    if (status != null && (status != 0 && (status < 100 || status > 599))) {
      throw new IllegalArgumentException("status: an HTTP status (or 0 for no answer) is required (got " + status + ").");
    }
    queryParams = copy(queryParams, "query");
    bodyFields = copy(bodyFields, "body");
    for (Map.Entry<String, ?> field : bodyFields.entrySet()) {
      Object value = field.getValue();
      if (value != null && !(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
        throw new IllegalArgumentException("body." + field.getKey() + ": a string, number, boolean or null is required.");
      }
    }
  }

  private static <V> Map<String, V> copy(Map<String, V> map, String field) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>();
    map.forEach((name, value) -> {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException(field + ": names must not be empty.");
      }
      if ("query".equals(field) && value == null) {
        throw new IllegalArgumentException("query." + name + ": a value is required.");
      }
      copy.put(name, value);
    });
    // not Map.copyOf: a body field may be expected to be null
    return Collections.unmodifiableMap(copy);
  }

  /** @return a pattern matching every request (narrow it with the {@code with...} methods) */
  public static RequestPattern anyRequest() {
    return ANY;
  }

  /**
   * @param operationId a contract operation, e.g. {@code createUser}
   * @return a pattern matching the requests of that operation
   */
  public static RequestPattern operation(String operationId) {
    return ANY.withOperation(Objects.requireNonNull(operationId, "operationId"));
  }

  /**
   * @param operationId a contract operation
   * @return this pattern, for that operation only
   */
  public RequestPattern withOperation(String operationId) {
    return new RequestPattern(operationId, method, path, queryParams, bodyFields, status);
  }

  /**
   * @param method an HTTP method, any case
   * @return this pattern, for that method only
   */
  public RequestPattern withMethod(String method) {
    return new RequestPattern(operationId, method, path, queryParams, bodyFields, status);
  }

  /**
   * @param path the exact path, e.g. {@code /v2/spaces/U3BhY2U6MTox}
   * @return this pattern, for that path only
   */
  public RequestPattern withPath(String path) {
    return new RequestPattern(operationId, method, path, queryParams, bodyFields, status);
  }

  /**
   * @param name a query parameter
   * @param value its value, decoded
   * @return this pattern, for requests with that parameter and value
   */
  public RequestPattern withQueryParam(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(queryParams);
    more.put(name, value);
    return new RequestPattern(operationId, method, path, more, bodyFields, status);
  }

  /**
   * @param fieldPath the field's path in the JSON body, e.g. {@code email} or {@code role.name}
   * @param value the value expected: a string, number, boolean, or null for a null or absent field
   * @return this pattern, for requests whose body has that value there
   */
  public RequestPattern withBodyField(String fieldPath, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(bodyFields);
    more.put(fieldPath, value);
    return new RequestPattern(operationId, method, path, queryParams, more, status);
  }

  /**
   * @param status the status answered, or 0 for requests whose connection was dropped or reset
   * @return this pattern, for requests answered with that status
   */
  public RequestPattern withStatus(int status) {
    return new RequestPattern(operationId, method, path, queryParams, bodyFields, status);
  }

  /** @return the criteria in words, e.g. {@code operation createUser, body email = "jane@example.com"} */
  @Override
  public String toString() {
    List<String> words = new ArrayList<>();
    if (operationId != null) {
      words.add("operation " + operationId);
    }
    if (method != null) {
      words.add("method " + method);
    }
    if (path != null) {
      words.add("path " + path);
    }
    queryParams.forEach((name, value) -> words.add("query " + name + " = \"" + value + "\""));
    bodyFields.forEach((name, value) -> words.add("body " + name + " = " + (value instanceof String ? "\"" + value + "\"" : value)));
    if (status != null) {
      words.add("status " + status);
    }
    return words.isEmpty() ? "any request" : String.join(", ", words);
  }
}
