package io.github.arizeadmin.cli.output;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;

/**
 * JSON text through Moshi's streaming reader and writer (the JSON library the generated bindings
 * already use): indents the service's JSON without changing a value, wraps items in the service's
 * list envelope, and writes small objects of the command line's own (profiles).
 */
public final class JsonText {
  private static final String INDENT = "  ";

  private JsonText() {
  }

  /**
   * Re-indents a JSON document; names, order, strings and numbers are copied as they are.
   *
   * @param json one JSON value
   * @return the same value, indented by two spaces
   */
  public static String indent(String json) {
    return write(writer -> copy(json, writer));
  }

  /**
   * Builds the service's list answer: {@code {"<listKey>":[...],"pagination":{"has_more":..}}}.
   *
   * @param listKey the array's name
   * @param items the items' JSON, each one object
   * @param hasMore whether more items follow
   * @param nextCursor the next page's cursor, or {@code null} (then omitted, as the service does)
   * @return the indented envelope
   */
  public static String envelope(String listKey, List<String> items, boolean hasMore, String nextCursor) {
    return write(writer -> {
      writer.beginObject().name(listKey).beginArray();
      for (String item : items) {
        copy(item, writer);
      }
      writer.endArray().name("pagination").beginObject().name("has_more").value(hasMore);
      if (nextCursor != null) {
        writer.name("next_cursor").value(nextCursor);
      }
      writer.endObject().endObject();
    });
  }

  /**
   * Writes an object of strings, booleans, numbers, lists and nested maps, in the map's order.
   *
   * @param fields the fields; {@code null} values are left out
   * @return the indented object
   */
  public static String object(Map<String, ?> fields) {
    return write(writer -> value(writer, fields));
  }

  /**
   * Writes an array of such objects.
   *
   * @param objects the objects
   * @return the indented array
   */
  public static String array(List<? extends Map<String, ?>> objects) {
    return write(writer -> value(writer, objects));
  }

  private static void value(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getValue() != null) {
          writer.name(String.valueOf(entry.getKey()));
          value(writer, entry.getValue());
        }
      }
      writer.endObject();
    } else if (value instanceof List<?> list) {
      writer.beginArray();
      for (Object element : list) {
        value(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Boolean bool) {
      writer.value(bool);
    } else if (value instanceof Number number) {
      writer.value(number);
    } else {
      writer.value(value.toString());
    }
  }

  private interface Body {
    void write(JsonWriter writer) throws IOException;
  }

  private static String write(Body body) {
    Buffer out = new Buffer();
    try (JsonWriter writer = JsonWriter.of(out)) {
      writer.setIndent(INDENT);
      writer.setSerializeNulls(true);
      body.write(writer);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.readUtf8();
  }

  private static void copy(String json, JsonWriter writer) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      copyValue(reader, writer);
    }
  }

  private static void copyValue(JsonReader reader, JsonWriter writer) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copyValue(reader, writer);
        }
        reader.endObject();
        writer.endObject();
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copyValue(reader, writer);
        }
        reader.endArray();
        writer.endArray();
      }
      case STRING -> writer.value(reader.nextString());
      case NUMBER -> {
        // The literal as the service wrote it: no detour through double.
        try (BufferedSink sink = writer.valueSink()) {
          sink.writeUtf8(reader.nextString());
        }
      }
      case BOOLEAN -> writer.value(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        writer.nullValue();
      }
      default -> throw new IOException("Unexpected JSON token " + reader.peek());
    }
  }
}
