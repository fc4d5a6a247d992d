package io.github.arizeadmin.pactverifier;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parameters a pact gives one provider state, read with the state's name in every error. */
final class Params {
  private final String state;
  private final Map<String, Object> values;

  Params(String state, Map<String, Object> values) {
    this.state = state;
    this.values = values == null ? Map.of() : values;
  }

  boolean has(String name) {
    return values.get(name) != null;
  }

  Object raw(String name) {
    return values.get(name);
  }

  String required(String name) {
    String value = optional(name, null);
    if (value == null || value.isBlank()) {
      throw new StateException("provider state '" + state + "' needs the parameter " + name);
    }
    return value;
  }

  String optional(String name, String fallback) {
    Object value = values.get(name);
    return value == null ? fallback : String.valueOf(value);
  }

  /** An enum value, any case, given back in the API's upper case. */
  String oneOf(String name, List<String> allowed, String fallback) {
    String value = optional(name, null);
    if (value == null) {
      return fallback;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(upper)) {
      throw new StateException("provider state '" + state + "': " + name + " '" + value + "' is not one of "
          + String.join(", ", allowed));
    }
    return upper;
  }

  boolean bool(String name, boolean fallback) {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw new StateException("provider state '" + state + "': " + name + " must be true or false, not '" + value
          + "'");
    }
    return Boolean.parseBoolean(text);
  }

  /** A list given as a JSON array or as one comma-separated string. */
  List<String> list(String name) {
    Object value = values.get(name);
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
    if (value == null) {
      throw new StateException("provider state '" + state + "' needs the parameter " + name);
    }
    return Arrays.stream(String.valueOf(value).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
