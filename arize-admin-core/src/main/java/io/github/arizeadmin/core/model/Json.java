package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A minimal JSON object writer for {@code toJson()}: absent (null or empty optional) fields are omitted. */
final class Json {
  private final StringBuilder out = new StringBuilder("{");
  private boolean empty = true;

  private Json() {
  }

  static Json object() {
    return new Json();
  }

  Json field(String name, String value) {
    return value == null ? this : raw(name, quote(value));
  }

  Json field(String name, boolean value) {
    return raw(name, Boolean.toString(value));
  }

  Json field(String name, Instant value) {
    return value == null ? this : raw(name, quote(value.toString()));
  }

  Json field(String name, Enum<?> value) {
    return value == null ? this : raw(name, quote(value.name()));
  }

  Json optional(String name, Optional<?> value) {
    if (value.isEmpty()) {
      return this;
    }
    Object present = value.get();
    if (present instanceof Instant instant) {
      return field(name, instant);
    }
    if (present instanceof Enum<?> constant) {
      return field(name, constant);
    }
    return field(name, present.toString());
  }

  <T> Json array(String name, List<T> values, Function<T, String> element) {
    StringBuilder array = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        array.append(',');
      }
      array.append(element.apply(values.get(i)));
    }
    return raw(name, array.append(']').toString());
  }

  Json raw(String name, String json) {
    if (json == null) {
      return this;
    }
    if (!empty) {
      out.append(',');
    }
    empty = false;
    out.append(quote(name)).append(':').append(json);
    return this;
  }

  String end() {
    return out.append('}').toString();
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '\b' -> quoted.append("\\b");
        case '\f' -> quoted.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  static String enumName(Enum<?> value) {
    return quote(value.name());
  }
}
