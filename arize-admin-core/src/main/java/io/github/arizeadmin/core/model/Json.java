package io.github.arizeadmin.core.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects a value's wire fields, in order, and renders them through Moshi: the values declare their
 * shape, Moshi writes the text. Absent fields ({@code null}, empty optionals) are left out, as the
 * service does; instants are RFC 3339 text, enums their constant names.
 */
final class Json {
  private static final JsonAdapter<Object> WRITER = new Moshi.Builder().build().adapter(Object.class);

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Json() {
  }

  static Json object() {
    return new Json();
  }

  Json field(String name, Object value) {
    Object plain = plain(value);
    if (plain != null) {
      fields.put(name, plain);
    }
    return this;
  }

  String end() {
    return WRITER.toJson(fields);
  }

  /** The JSON of a role assignment of any level. */
  static Json role(Object role) {
    Json json = object();
    if (role instanceof CustomRole custom) {
      json.field("type", "CUSTOM").field("id", custom.id()).field("name", custom.name());
    } else if (role instanceof AccountRole.Predefined predefined) {
      json.field("type", "PREDEFINED").field("name", predefined.name());
    } else if (role instanceof OrganizationRole.Predefined predefined) {
      json.field("type", "PREDEFINED").field("name", predefined.name());
    } else if (role instanceof SpaceRole.Predefined predefined) {
      json.field("type", "PREDEFINED").field("name", predefined.name());
    }
    return json;
  }

  private static Object plain(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(Json::plain).orElse(null);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof Json nested) {
      return nested.fields;
    }
    if (value instanceof AccountRole || value instanceof OrganizationRole || value instanceof SpaceRole) {
      return role(value).fields;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Json::plain).toList();
    }
    return value;
  }
}
