package io.github.arizeadmin.fake.internal.admin;

import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds the journaled requests matching a {@link RequestPattern}, and verifies how many there are
 * with a message that says what was expected and what was received: the matching requests, and the
 * closest ones that did not match (fewest criteria missed, latest first) with what differed.
 */
public final class RequestVerifier {
  /** How many matching requests a failure lists. */
  static final int MATCHED_SHOWN = 10;
  /** How many of the closest non-matching requests a failure lists. */
  static final int CLOSEST_SHOWN = 3;
  private static final int BODY_SHOWN = 200;
  private static final Object ABSENT = new Object();

  private final Set<String> operationIds;

  /**
   * @param operationIds the contract's operations (a pattern naming another is refused)
   */
  public RequestVerifier(Set<String> operationIds) {
    this.operationIds = Set.copyOf(operationIds);
  }

  /**
   * The outcome of a verification.
   *
   * @param verified whether the count was as expected
   * @param matched the matching requests, oldest first
   * @param message why not, or null when verified
   */
  public record Result(boolean verified, List<JournalEntry> matched, String message) {
  }

  /**
   * @param operationId an operation, or null
   * @throws IllegalArgumentException when it is not an operation of the contract
   */
  public void requireOperation(String operationId) {
    if (operationId != null && !operationIds.contains(operationId)) {
      throw new IllegalArgumentException("operation_id: '" + operationId + "' is not an operation of the contract.");
    }
  }

  /**
   * @param journal the journal's entries, oldest first
   * @param pattern which requests
   * @return those matching, oldest first
   * @throws IllegalArgumentException when the pattern names an operation the contract lacks
   */
  public List<JournalEntry> find(List<JournalEntry> journal, RequestPattern pattern) {
    requireOperation(pattern.operationId());
    return journal.stream().filter(entry -> differences(entry, pattern).isEmpty()).toList();
  }

  /**
   * @param journal the journal's entries, oldest first
   * @param count how many are expected
   * @param pattern which requests
   * @return the outcome, with a readable message when the count differs
   * @throws IllegalArgumentException when the pattern names an operation the contract lacks
   */
  public Result verify(List<JournalEntry> journal, RequestCount count, RequestPattern pattern) {
    requireOperation(pattern.operationId());
    List<List<String>> differences = journal.stream().map(entry -> differences(entry, pattern)).toList();
    List<JournalEntry> matched = IntStream.range(0, journal.size()).filter(i -> differences.get(i).isEmpty())
        .mapToObj(journal::get).toList();
    if (count.includes(matched.size())) {
      return new Result(true, matched, null);
    }
    boolean one = count.max() == 1 || count.min() == 1 && count.max() == Integer.MAX_VALUE;
    StringBuilder message = new StringBuilder("Expected ").append(count.max() == 0 ? "no" : count.toString())
        .append(one ? " request" : " requests").append(" matching ").append(pattern).append(",\nbut received ");
    if (matched.isEmpty()) {
      message.append("none.");
    } else {
      message.append(matched.size()).append(":");
      matched.stream().limit(MATCHED_SHOWN).forEach(entry -> message.append("\n  ").append(line(entry)));
      if (matched.size() > MATCHED_SHOWN) {
        message.append("\n  ... and ").append(matched.size() - MATCHED_SHOWN).append(" more");
      }
    }
    if (journal.isEmpty()) {
      message.append("\nThe journal is empty: no /v2 request arrived since it was last cleared.");
    } else if (matched.size() < count.min() && matched.size() < journal.size()) {
      List<Integer> closest = IntStream.range(0, journal.size()).filter(i -> !differences.get(i).isEmpty()).boxed()
          .sorted(Comparator.<Integer>comparingInt(i -> differences.get(i).size()).thenComparing(Comparator.reverseOrder()))
          .limit(CLOSEST_SHOWN).toList();
      int others = journal.size() - matched.size();
      message.append("\nThe closest ").append(closest.size() == 1 ? "other request" : "other requests")
          .append(others > closest.size() ? " (" + closest.size() + " of " + others + ")" : "").append(":");
      for (int i : closest) {
        message.append("\n  ").append(line(journal.get(i))).append("\n    ").append(String.join("; ", differences.get(i)));
      }
    }
    return new Result(false, matched, message.toString());
  }

  /** One entry on one line: {@code POST /v2/users -> 201 (createUser) {"email":...}}. */
  private static String line(JournalEntry entry) {
    String query = entry.query() == null || entry.query().isEmpty() ? "" : "?" + entry.query();
    String answer = entry.status() == 0 ? "no answer (connection dropped)" : String.valueOf(entry.status());
    String body = entry.body() == null ? ""
        : " " + (entry.body().length() > BODY_SHOWN ? entry.body().substring(0, BODY_SHOWN) + "..." : entry.body());
    return entry.method() + " " + entry.path() + query + " -> " + answer
        + (entry.operationId() == null ? "" : " (" + entry.operationId() + ")") + body;
  }

  /** What keeps an entry from matching, in words; empty when it matches. */
  private static List<String> differences(JournalEntry entry, RequestPattern pattern) {
    List<String> out = new ArrayList<>();
    if (pattern.operationId() != null && !pattern.operationId().equals(entry.operationId())) {
      out.add("operation was " + entry.operationId());
    }
    if (pattern.method() != null && !pattern.method().equalsIgnoreCase(entry.method())) {
      out.add("method was " + entry.method());
    }
    if (pattern.path() != null && !pattern.path().equals(entry.path())) {
      out.add("path was " + entry.path());
    }
    if (!pattern.queryParams().isEmpty()) {
      Map<String, List<String>> query = query(entry.query());
      pattern.queryParams().forEach((name, value) -> {
        List<String> values = query.getOrDefault(name, List.of());
        if (!values.contains(value)) {
          out.add("query " + name + " was " + (values.isEmpty() ? "absent" : String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList())));
        }
      });
    }
    if (!pattern.bodyFields().isEmpty()) {
      Object body = body(entry.body());
      pattern.bodyFields().forEach((path, expected) -> {
        Object actual = at(body, path);
        if (!same(expected, actual)) {
          out.add("body " + path + " was " + shown(actual));
        }
      });
    }
    if (pattern.status() != null && pattern.status() != entry.status()) {
      out.add("status was " + entry.status());
    }
    return out;
  }

  private static Map<String, List<String>> query(String query) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  private static Object body(String json) {
    if (json == null) {
      return ABSENT;
    }
    try {
      return Json.decodeValue(json);
    } catch (DecodeException notJson) {
      return ABSENT;
    }
  }

  /** The value at a dotted path, {@link #ABSENT} when there is none. */
  private static Object at(Object body, String path) {
    Object current = body;
    for (String name : path.split("\\.", -1)) {
      if (current instanceof JsonObject object && object.containsKey(name)) {
        current = object.getValue(name);
      } else if (current instanceof JsonArray array && name.matches("\\d{1,9}") && Integer.parseInt(name) < array.size()) {
        current = array.getValue(Integer.parseInt(name));
      } else {
        return ABSENT;
      }
    }
    return current;
  }

  private static boolean same(Object expected, Object actual) {
    if (expected == null) {
      return actual == null || actual == ABSENT;
    }
    if (expected instanceof Number wanted && actual instanceof Number found) {
      return new BigDecimal(wanted.toString()).compareTo(new BigDecimal(found.toString())) == 0;
    }
    return Objects.equals(expected, actual);
  }

  private static String shown(Object actual) {
    if (actual == ABSENT) {
      return "absent";
    }
    if (actual instanceof String text) {
      return "\"" + text + "\"";
    }
    return actual instanceof JsonObject || actual instanceof JsonArray ? Json.encode(actual) : String.valueOf(actual);
  }
}
