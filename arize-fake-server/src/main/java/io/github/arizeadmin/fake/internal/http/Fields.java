package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.github.arizeadmin.fake.internal.domain.RoleInput;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed reads of a JSON object (a request body, or an element of a seed document) with the path
 * of each field for error messages. A wrong type is a 400 naming the field.
 */
final class Fields {
  private final JsonObject object;
  private final Supplier<String> prefix;

  Fields(JsonObject object) {
    this(object, () -> "");
  }

  /**
   * @param object the object
   * @param prefix the path of its fields, ending in a dot ("" for a request body); computed only
   *     for an error message
   */
  Fields(JsonObject object, Supplier<String> prefix) {
    this.object = object == null ? new JsonObject() : object;
    this.prefix = prefix;
  }

  String path(String name) {
    return prefix.get() + name;
  }

  boolean has(String name) {
    return object.getValue(name) != null;
  }

  /** @return the string, or null when absent */
  String string(String name) {
    Object value = object.getValue(name);
    if (value != null && !(value instanceof String)) {
      throw ApiError.badRequest(path(name), "must be a string.");
    }
    return (String) value;
  }

  Boolean bool(String name) {
    Object value = object.getValue(name);
    if (value != null && !(value instanceof Boolean)) {
      throw ApiError.badRequest(path(name), "must be a boolean.");
    }
    return (Boolean) value;
  }

  Integer integer(String name) {
    Object value = object.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw ApiError.badRequest(path(name), "must be an integer.");
    }
    return n.intValue();
  }

  Instant time(String name) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException bad) {
        throw ApiError.badRequest(path(name), "'" + text + "' is not an RFC 3339 date-time.");
      }
    }
  }

  <E extends Enum<E>> E oneOf(String name, Class<E> type) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException bad) {
      throw ApiError.badRequest(path(name), "'" + text + "' is not one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).sorted().toList() + ".");
    }
  }

  /** @return the nested object, or null when absent */
  Fields object(String name) {
    Object value = object.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonObject nested)) {
      throw ApiError.badRequest(path(name), "must be an object.");
    }
    return new Fields(nested, () -> path(name) + ".");
  }

  /** @return the array's elements mapped, or null when absent */
  <T> List<T> list(String name, Function<Object, T> element) {
    Object value = object.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw ApiError.badRequest(path(name), "must be an array.");
    }
    List<T> out = new ArrayList<>();
    for (Object item : array) {
      out.add(element.apply(item));
    }
    return out;
  }

  /** @return the array of objects, or null when absent */
  List<Fields> objects(String name) {
    Object value = object.getValue(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      throw ApiError.badRequest(path(name), "must be an array.");
    }
    List<Fields> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof JsonObject nested)) {
        throw ApiError.badRequest(path(name) + "[" + i + "]", "must be an object.");
      }
      int index = i;
      out.add(new Fields(nested, () -> path(name) + "[" + index + "]."));
    }
    return out;
  }

  /** A role union: {@code {"type": "PREDEFINED", "name": ...}} or {@code {"type": "CUSTOM", "id": ...}}. */
  <E extends Enum<E>> RoleInput<E> role(String name, Class<E> levels) {
    Fields role = object(name);
    if (role == null) {
      return null;
    }
    if ("CUSTOM".equals(role.string("type"))) {
      return RoleInput.custom(role.string("id"));
    }
    E predefined = role.oneOf("name", levels);
    if (predefined == null) {
      throw ApiError.badRequest(role.path("name"), "is required.");
    }
    return RoleInput.predefined(predefined);
  }
}
