package io.github.arizeadmin.fake.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small reader for the block-style YAML subset the contract is written in (block mappings and
 * sequences, plain, single-quoted and literal {@code |-} scalars, {@code []} and {@code {}}),
 * about ten times faster than SnakeYAML on a cold JVM, which matters for the start-up time. It
 * refuses anything else with {@link Unsupported}, and the loader then falls back to SnakeYAML; a
 * test checks that both readers give the same tree for the contract.
 */
final class BlockYaml {
  private static final Pattern INT = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern FLOAT = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]+([eE][-+]?[0-9]+)?");
  /** Plain scalars that YAML 1.1 would type in ways this reader does not reproduce. */
  private static final Pattern SPECIAL = Pattern.compile(
      "(?i)(yes|no|on|off|[-+]?\\.(inf|nan)|\\.nan|[-+]?0[0-7]+|[-+]?0x.*|[-+]?0b.*|[-+]?[0-9][0-9_]*_[0-9_.]*"
          + "|[-+]?[0-9][0-9.]*[eE].*|[-+]?\\.[0-9].*|[-+][0-9].*|[-+]?[0-9]+:[0-9].*|=|<<)");

  /** The document uses YAML this reader does not handle. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private final String[] lines;
  private int pos;

  private BlockYaml(String text) {
    this.lines = text.replace("\r\n", "\n").split("\n", -1);
  }

  /**
   * @param text a YAML document in the supported subset
   * @return its root mapping
   * @throws Unsupported when the document leaves the subset
   */
  static Map<String, Object> parse(String text) {
    BlockYaml yaml = new BlockYaml(text);
    yaml.skipBlank();
    if (yaml.pos >= yaml.lines.length || indent(yaml.lines[yaml.pos]) != 0) {
      throw new Unsupported("the document does not start with a mapping at column 0");
    }
    Map<String, Object> root = yaml.mapping(0);
    yaml.skipBlank();
    if (yaml.pos < yaml.lines.length) {
      throw new Unsupported("unexpected content at line " + (yaml.pos + 1));
    }
    return root;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    if (i < line.length() && line.charAt(i) == '\t') {
      throw new Unsupported("tab indentation");
    }
    return i;
  }

  private static boolean blank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t') {
        return c == '#';
      }
    }
    return true;
  }

  private void skipBlank() {
    while (pos < lines.length && blank(lines[pos])) {
      pos++;
    }
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (true) {
      skipBlank();
      if (pos >= lines.length) {
        return map;
      }
      String line = lines[pos];
      int at = indent(line);
      if (at < indent) {
        return map;
      }
      if (at > indent) {
        throw new Unsupported("unexpected indentation at line " + (pos + 1));
      }
      String content = line.substring(at);
      if (content.startsWith("- ") || content.equals("-")) {
        return map;
      }
      int colon;
      String key;
      if (content.startsWith("'")) {
        int end = content.indexOf("':");
        if (end < 0 || content.substring(1, end).contains("'")) {
          throw new Unsupported("complex quoted key at line " + (pos + 1));
        }
        key = content.substring(1, end);
        colon = end + 1;
      } else {
        colon = content.indexOf(": ");
        if (colon < 0) {
          if (!content.endsWith(":")) {
            throw new Unsupported("not a mapping entry at line " + (pos + 1));
          }
          colon = content.length() - 1;
        }
        key = content.substring(0, colon);
        if (key.isEmpty() || key.startsWith("\"") || key.startsWith("?") || key.startsWith("&") || key.startsWith("*")
            || key.startsWith("!") || key.contains(" #") || !(scalar(key) instanceof String)) {
          throw new Unsupported("unsupported key at line " + (pos + 1));
        }
      }
      String rest = content.substring(colon + 1).strip();
      pos++;
      map.put(key, value(rest, indent));
    }
  }

  private Object value(String rest, int indent) {
    if (rest.isEmpty()) {
      skipBlank();
      if (pos >= lines.length) {
        return null;
      }
      int next = indent(lines[pos]);
      String content = lines[pos].substring(next);
      if (next > indent) {
        return content.startsWith("- ") || content.equals("-") ? sequence(next) : mapping(next);
      }
      if (next == indent && (content.startsWith("- ") || content.equals("-"))) {
        return sequence(next);
      }
      return null;
    }
    if (rest.equals("|-") || rest.equals("|")) {
      return literal(indent, rest.equals("|"));
    }
    if (rest.startsWith("'")) {
      return quoted(rest);
    }
    if (rest.equals("[]")) {
      return new ArrayList<>();
    }
    if (rest.equals("{}")) {
      return new LinkedHashMap<>();
    }
    char first = rest.charAt(0);
    if ("\"[{>|&*!%@`".indexOf(first) >= 0 || rest.contains(" #")) {
      throw new Unsupported("unsupported scalar at line " + pos);
    }
    StringBuilder text = new StringBuilder(rest);
    while (pos < lines.length && !blank(lines[pos]) && indent(lines[pos]) > indent) {
      String more = lines[pos].strip();
      if (more.contains(": ") || more.endsWith(":") || more.startsWith("- ") || more.contains(" #")) {
        throw new Unsupported("ambiguous continuation at line " + (pos + 1));
      }
      text.append(' ').append(more);
      pos++;
    }
    return text.length() == rest.length() ? scalar(rest) : text.toString();
  }

  private List<Object> sequence(int indent) {
    List<Object> list = new ArrayList<>();
    while (true) {
      skipBlank();
      if (pos >= lines.length) {
        return list;
      }
      String line = lines[pos];
      int at = indent(line);
      String content = line.substring(at);
      if (at != indent || !(content.startsWith("- ") || content.equals("-"))) {
        if (at > indent) {
          throw new Unsupported("unexpected indentation at line " + (pos + 1));
        }
        return list;
      }
      String item = content.equals("-") ? "" : content.substring(2).strip();
      if (item.isEmpty()) {
        pos++;
        list.add(value("", indent));
      } else if (!item.startsWith("'") && (item.contains(": ") || item.endsWith(":"))) {
        // "- key: value" opens a mapping indented two more columns
        lines[pos] = " ".repeat(indent + 2) + content.substring(2);
        list.add(mapping(indent + 2));
      } else {
        pos++;
        list.add(value(item, indent));
      }
    }
  }

  private String literal(int indent, boolean keepNewline) {
    List<String> body = new ArrayList<>();
    int content = -1;
    while (pos < lines.length) {
      String line = lines[pos];
      if (line.strip().isEmpty()) {
        body.add("");
        pos++;
        continue;
      }
      int at = indent(line);
      if (at <= indent) {
        break;
      }
      if (content < 0) {
        content = at;
      } else if (at < content) {
        throw new Unsupported("literal block indentation at line " + (pos + 1));
      }
      body.add(line.substring(content));
      pos++;
    }
    while (!body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
      body.remove(body.size() - 1);
    }
    String text = String.join("\n", body);
    return keepNewline && !text.isEmpty() ? text + "\n" : text;
  }

  private String quoted(String first) {
    StringBuilder raw = new StringBuilder(first.substring(1));
    while (!closed(raw)) {
      if (pos >= lines.length) {
        throw new Unsupported("unterminated quoted scalar");
      }
      raw.append('\n').append(lines[pos]);
      pos++;
    }
    String text = raw.toString();
    int end = closingQuote(text);
    String after = text.substring(end + 1).strip();
    if (!after.isEmpty() && !after.startsWith("#")) {
      throw new Unsupported("content after a quoted scalar at line " + pos);
    }
    String inner = text.substring(0, end).replace("''", "'");
    if (inner.indexOf('\n') < 0) {
      return inner;
    }
    // folding: a single line break becomes a space, each empty line a newline
    String[] parts = inner.split("\n", -1);
    StringBuilder out = new StringBuilder(parts[0].stripTrailing());
    boolean pendingSpace = true;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].strip();
      if (part.isEmpty()) {
        out.append('\n');
        pendingSpace = false;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
      }
      out.append(i == parts.length - 1 ? parts[i].stripLeading() : part);
      pendingSpace = true;
    }
    return out.toString();
  }

  private static boolean closed(CharSequence text) {
    return closingQuote(text.toString()) >= 0;
  }

  private static int closingQuote(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private static Object scalar(String text) {
    switch (text) {
      case "true", "True", "TRUE" -> {
        return Boolean.TRUE;
      }
      case "false", "False", "FALSE" -> {
        return Boolean.FALSE;
      }
      case "null", "Null", "NULL", "~" -> {
        return null;
      }
      default -> {
        // fall through to the patterns
      }
    }
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    boolean numeric = first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9');
    if (!numeric && "yYnNoO=<".indexOf(first) < 0) {
      return text;
    }
    if (INT.matcher(text).matches()) {
      long value = Long.parseLong(text.length() > 18 ? "x" : text);
      return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }
    if (FLOAT.matcher(text).matches()) {
      return Double.valueOf(text);
    }
    if (SPECIAL.matcher(text).matches()) {
      throw new Unsupported("scalar '" + text + "' needs YAML 1.1 typing");
    }
    return text;
  }
}
