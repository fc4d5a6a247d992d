package io.github.arizeadmin.fake.internal.admin;

import io.github.arizeadmin.fake.Delay;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.state.FakeState;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON shapes of {@code /__admin} as plain maps (strings, numbers, booleans, nulls, maps and
 * lists), so that the fake (Vert.x's JSON) and the Testcontainers client (Moshi) read and write the
 * same fields without sharing a JSON library. Reading checks every field: an unknown field, a
 * wrong type or a bad value is an {@link IllegalArgumentException} whose message names the field.
 */
public final class AdminJson {
  private static final List<String> FAULT_FIELDS =
      List.of("operation_id", "times", "status", "retry_after_seconds", "connection", "delay");
  private static final List<String> PATTERN_FIELDS = List.of("operation_id", "method", "path", "query", "body", "status");

  private AdminJson() {
  }

  /**
   * @param fault a fault
   * @return its JSON shape, as {@code POST /__admin/faults} takes it and {@code GET} lists it
   */
  public static Map<String, Object> fault(Fault fault) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "operation_id", fault.operationId());
    out.put("times", fault.times());
    putIfPresent(out, "status", fault.status());
    putIfPresent(out, "retry_after_seconds", fault.retryAfterSeconds());
    putIfPresent(out, "connection", fault.connection() == null ? null : fault.connection().name());
    if (fault.delay() != null) {
      Delay delay = fault.delay();
      Map<String, Object> shape = new LinkedHashMap<>();
      if (delay.isFixed()) {
        shape.put("type", "FIXED");
        shape.put("ms", delay.min().toMillis());
      } else {
        shape.put("type", "UNIFORM");
        shape.put("min_ms", delay.min().toMillis());
        shape.put("max_ms", delay.max().toMillis());
      }
      out.put("delay", shape);
    }
    return out;
  }

  /**
   * @param json a fault's JSON shape
   * @return the fault
   * @throws IllegalArgumentException naming the first bad field
   */
  public static Fault fault(Map<String, ?> json) {
    onlyFields(json, FAULT_FIELDS, "a fault");
    String connection = string(json, "connection");
    Fault.Connection kind = null;
    if (connection != null) {
      try {
        kind = Fault.Connection.valueOf(connection);
      } catch (IllegalArgumentException unknown) {
        throw new IllegalArgumentException("connection: one of " + List.of(Fault.Connection.values()) + " is required (got '"
            + connection + "').");
      }
    }
    Integer times = integer(json, "times");
    return new Fault(string(json, "operation_id"), times == null ? 1 : times, integer(json, "status"),
        integer(json, "retry_after_seconds"), kind, delay(json.get("delay")));
  }

  private static Delay delay(Object json) {
    if (json == null) {
      return null;
    }
    Map<String, ?> shape = object(json, "delay");
    String type = string(shape, "type");
    if ("FIXED".equals(type)) {
      onlyFields(shape, List.of("type", "ms"), "a FIXED delay");
      return Delay.fixed(millis(shape, "ms"));
    }
    if ("UNIFORM".equals(type)) {
      onlyFields(shape, List.of("type", "min_ms", "max_ms"), "a UNIFORM delay");
      return Delay.uniform(millis(shape, "min_ms"), millis(shape, "max_ms"));
    }
    throw new IllegalArgumentException("delay.type: FIXED (with ms) or UNIFORM (with min_ms and max_ms) is required.");
  }

  private static Duration millis(Map<String, ?> shape, String field) {
    Integer ms = integer(shape, field);
    if (ms == null) {
      throw new IllegalArgumentException("delay." + field + ": a whole number of milliseconds is required.");
    }
    if (ms < 0) {
      throw new IllegalArgumentException("delay." + field + ": 0 or more is required (got " + ms + ").");
    }
    return Duration.ofMillis(ms);
  }

  /**
   * @param pattern a request pattern
   * @return its JSON shape, as {@code POST /__admin/requests/find} takes it
   */
  public static Map<String, Object> pattern(RequestPattern pattern) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfPresent(out, "operation_id", pattern.operationId());
    putIfPresent(out, "method", pattern.method());
    putIfPresent(out, "path", pattern.path());
    if (!pattern.queryParams().isEmpty()) {
      out.put("query", pattern.queryParams());
    }
    if (!pattern.bodyFields().isEmpty()) {
      out.put("body", pattern.bodyFields());
    }
    putIfPresent(out, "status", pattern.status());
    return out;
  }

  /**
   * @param json a request pattern's JSON shape (null or empty: every request)
   * @return the pattern
   * @throws IllegalArgumentException naming the first bad field
   */
  public static RequestPattern pattern(Map<String, ?> json) {
    if (json == null) {
      return RequestPattern.anyRequest();
    }
    onlyFields(json, PATTERN_FIELDS, "a request pattern");
    Map<String, String> query = new LinkedHashMap<>();
    if (json.get("query") != null) {
      object(json.get("query"), "query").forEach((name, value) -> {
        if (!(value instanceof String text)) {
          throw new IllegalArgumentException("query." + name + ": a string is required.");
        }
        query.put(name, text);
      });
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (json.get("body") != null) {
      body.putAll(object(json.get("body"), "body"));
    }
    return new RequestPattern(string(json, "operation_id"), string(json, "method"), string(json, "path"), query, body,
        integer(json, "status"));
  }

  /**
   * @param count a verification's count
   * @return its JSON shape ({@code max} absent when unbounded)
   */
  public static Map<String, Object> count(RequestCount count) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("min", count.min());
    if (count.max() != Integer.MAX_VALUE) {
      out.put("max", count.max());
    }
    return out;
  }

  /**
   * @param json a count's JSON shape; null means at least one
   * @return the count
   * @throws IllegalArgumentException naming the first bad field
   */
  public static RequestCount count(Map<String, ?> json) {
    if (json == null) {
      return RequestCount.atLeast(1);
    }
    onlyFields(json, List.of("min", "max"), "a count");
    Integer min = integer(json, "min");
    Integer max = integer(json, "max");
    return new RequestCount(min == null ? 0 : min, max == null ? Integer.MAX_VALUE : max);
  }

  /**
   * @param entry a journal entry
   * @return its JSON shape without {@code body}, which the caller adds as JSON (it is JSON text)
   */
  public static Map<String, Object> entryWithoutBody(JournalEntry entry) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", entry.method());
    out.put("path", entry.path());
    out.put("query", entry.query());
    out.put("operation_id", entry.operationId());
    out.put("status", entry.status());
    out.put("time", entry.time().toString());
    return out;
  }

  /**
   * @param json a journal entry's JSON shape (its {@code body} is ignored)
   * @param body the body as JSON text, or null
   * @return the entry
   * @throws IllegalArgumentException when a field is missing or of the wrong type
   */
  public static JournalEntry entry(Map<String, ?> json, String body) {
    Integer status = integer(json, "status");
    String time = string(json, "time");
    try {
      return new JournalEntry(string(json, "method"), string(json, "path"), string(json, "query"),
          string(json, "operation_id"), status == null ? 0 : status, time == null ? null : Instant.parse(time), body);
    } catch (DateTimeParseException notATime) {
      throw new IllegalArgumentException("time: an ISO-8601 instant is required (got '" + time + "').");
    }
  }

  /**
   * @param result what a seed created
   * @return its JSON shape, as {@code POST /__admin/seed} answers it
   */
  public static Map<String, Object> seedResult(SeedResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ids", result.ids());
    out.put("api_keys", result.apiKeys());
    return out;
  }

  /**
   * @param json the answer of {@code POST /__admin/seed}
   * @return what the seed created
   * @throws IllegalArgumentException when a field is missing or of the wrong type
   */
  public static SeedResult seedResult(Map<String, ?> json) {
    return new SeedResult(strings(json.get("ids"), "ids"), strings(json.get("api_keys"), "api_keys"));
  }

  /**
   * @param state a snapshot of the fake's state
   * @return its JSON shape, as {@code GET /__admin/state} answers it (see {@link StateJson})
   */
  public static Map<String, Object> state(FakeState state) {
    return StateJson.write(state);
  }

  /**
   * @param json the answer of {@code GET /__admin/state}
   * @return the snapshot
   * @throws IllegalArgumentException naming the path of the first field missing or of the wrong type
   */
  public static FakeState state(Map<String, ?> json) {
    return StateJson.read(json);
  }

  private static Map<String, String> strings(Object json, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    if (json != null) {
      object(json, field).forEach((name, value) -> out.put(name, String.valueOf(value)));
    }
    return out;
  }

  private static void putIfPresent(Map<String, Object> out, String field, Object value) {
    if (value != null) {
      out.put(field, value);
    }
  }

  private static void onlyFields(Map<String, ?> json, List<String> fields, String what) {
    Set<String> known = Set.copyOf(fields);
    for (String name : json.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(name + ": not a field of " + what + "; its fields are "
            + String.join(", ", fields) + ".");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> object(Object json, String field) {
    if (!(json instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(field + ": a JSON object is required.");
    }
    return (Map<String, ?>) map;
  }

  private static String string(Map<String, ?> json, String field) {
    Object value = json.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException(field + ": a string is required (got " + value + ").");
  }

  /** A whole number within int range; JSON parsers give Integer, Long or Double for it. */
  private static Integer integer(Map<String, ?> json, String field) {
    Object value = json.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return (int) d;
      }
    }
    throw new IllegalArgumentException(field + ": an integer is required (got " + describe(value) + ").");
  }

  private static String describe(Object value) {
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
  }
}
