package io.github.arizeadmin.fake.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Typed reads of a request document (already checked against the contract by the router). */
final class Body {
  private final Map<String, Object> fields;
  private final String prefix;

  Body(Map<String, Object> fields) {
    this(fields, "");
  }

  private Body(Map<String, Object> fields, String prefix) {
    this.fields = fields == null ? Map.of() : fields;
    this.prefix = prefix;
  }

  boolean has(String name) {
    return fields.containsKey(name) && fields.get(name) != null;
  }

  boolean isEmpty() {
    return fields.values().stream().allMatch(v -> v == null);
  }

  String string(String name) {
    Object value = fields.get(name);
    if (!(value instanceof String text)) {
      throw ApiError.badRequest(prefix + name + ": is required and must be a string.");
    }
    return text;
  }

  String string(String name, String fallback) {
    return has(name) ? string(name) : fallback;
  }

  Boolean bool(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      throw ApiError.badRequest(prefix + name + ": must be a boolean.");
    }
    return b;
  }

  Integer integer(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n)) {
      throw ApiError.badRequest(prefix + name + ": must be an integer.");
    }
    return n.intValue();
  }

  Instant time(String name) {
    if (!has(name)) {
      return null;
    }
    String text = string(name);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException bad) {
        throw ApiError.badRequest(prefix + name + ": '" + text + "' is not an RFC 3339 date-time.");
      }
    }
  }

  @SuppressWarnings("unchecked")
  Body object(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map)) {
      throw ApiError.badRequest(prefix + name + ": must be an object.");
    }
    return new Body((Map<String, Object>) value, prefix + name + ".");
  }

  @SuppressWarnings("unchecked")
  List<Object> list(String name) {
    Object value = fields.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof List)) {
      throw ApiError.badRequest(prefix + name + ": must be an array.");
    }
    return (List<Object>) value;
  }

  @SuppressWarnings("unchecked")
  Body element(String name, int index) {
    Object value = list(name).get(index);
    if (!(value instanceof Map)) {
      throw ApiError.badRequest(prefix + name + "[" + index + "]: must be an object.");
    }
    return new Body((Map<String, Object>) value, prefix + name + "[" + index + "].");
  }

  String path(String name) {
    return prefix + name;
  }
}
