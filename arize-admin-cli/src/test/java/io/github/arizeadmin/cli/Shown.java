package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.github.arizeadmin.cli.output.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okio.Buffer;

/**
 * Reads what the command line printed, in any format, back into fields, so one assertion covers the
 * table, the JSON and the CSV: each reader is strict about its format (JSON must parse, CSV must have its
 * header, the table its upper-case header or its "field:" lines).
 */
final class Shown {
  private Shown() {
  }

  /** The fields of one printed object. */
  static Map<String, String> item(Format format, String out) {
    return switch (format) {
      case JSON -> flatten(json(out));
      case CSV -> {
        List<List<String>> rows = csv(out);
        assertThat(rows).as("CSV: a header and one row\n" + out).hasSize(2);
        yield zip(rows.get(0), rows.get(1));
      }
      case TABLE -> {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
          int colon = line.indexOf(':');
          assertThat(colon).as("table line 'field: value': " + line).isPositive();
          fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        yield fields;
      }
    };
  }

  /** The rows of a printed list, each as fields. */
  static List<Map<String, String>> list(Format format, String out, String listKey) {
    List<Map<String, String>> rows = new ArrayList<>();
    switch (format) {
      case JSON -> {
        Map<String, Object> envelope = json(out);
        assertThat(envelope).as("the service's list answer").containsKeys(listKey, "pagination");
        for (Object item : (List<?>) envelope.get(listKey)) {
          rows.add(flatten(asMap(item)));
        }
      }
      case CSV -> {
        List<List<String>> lines = csv(out);
        assertThat(lines).as("CSV has a header row").isNotEmpty();
        for (List<String> line : lines.subList(1, lines.size())) {
          rows.add(zip(lines.get(0), line));
        }
      }
      case TABLE -> {
        String[] lines = out.split("\n");
        String header = lines[0];
        assertThat(header).as("table header in capitals").isEqualTo(header.toUpperCase(Locale.ROOT));
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (String name : header.trim().split(" {2,}")) {
          starts.add(header.indexOf(name, starts.isEmpty() ? 0 : starts.get(starts.size() - 1) + 1));
          names.add(name.toLowerCase(Locale.ROOT));
        }
        for (int i = 1; i < lines.length; i++) {
          Map<String, String> row = new LinkedHashMap<>();
          for (int c = 0; c < names.size(); c++) {
            int from = Math.min(starts.get(c), lines[i].length());
            int to = c + 1 < starts.size() ? Math.min(starts.get(c + 1), lines[i].length()) : lines[i].length();
            row.put(names.get(c), lines[i].substring(from, to).trim());
          }
          rows.add(row);
        }
      }
      default -> throw new IllegalStateException();
    }
    return rows;
  }

  /** One column of a printed list. */
  static List<String> column(Format format, String out, String listKey, String field) {
    return list(format, out, listKey).stream().map(row -> row.get(field)).toList();
  }

  static Map<String, Object> json(String text) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text))) {
      return asMap(reader.readJsonValue());
    } catch (IOException bad) {
      throw new UncheckedIOException("not JSON:\n" + text, bad);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  /** Nested objects become dotted names ("role.name"); lists become comma-joined text. */
  private static Map<String, String> flatten(Map<String, Object> object) {
    Map<String, String> fields = new LinkedHashMap<>();
    object.forEach((key, value) -> {
      if (value instanceof Map<?, ?> nested) {
        flatten(asMap(nested)).forEach((k, v) -> fields.put(key + "." + k, v));
      } else if (value instanceof List<?> list) {
        fields.put(key, String.join(", ", list.stream().map(String::valueOf).toList()));
      } else {
        fields.put(key, String.valueOf(value));
      }
    });
    return fields;
  }

  private static Map<String, String> zip(List<String> names, List<String> values) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      row.put(names.get(i), i < values.size() ? values.get(i) : "");
    }
    return row;
  }

  /** RFC 4180, strictly: quoted fields may hold commas, quotes (doubled) and line breaks. */
  static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    assertThat(quoted).as("CSV quotes are closed").isFalse();
    assertThat(cell.length() == 0 && row.isEmpty()).as("CSV ends with a line break").isTrue();
    return rows;
  }
}
