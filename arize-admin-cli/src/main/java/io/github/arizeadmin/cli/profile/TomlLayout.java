package io.github.arizeadmin.cli.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each key/value pair of a TOML document sits in its text, so that a rewrite can replace one
 * value, add one key or drop one key and leave every other byte (comments, order, spacing, sections
 * and keys this tool does not know) exactly as it was. It only locates spans; the values themselves
 * are read by the TOML library, which also re-reads every rewritten document before it is saved.
 */
final class TomlLayout {
  /**
   * One key/value pair.
   *
   * @param path the table header's names followed by the key's (dotted) names
   * @param lineStart where the pair's line starts
   * @param valueStart where the value starts
   * @param valueEnd where the value ends (exclusive)
   * @param lineEnd just after the pair's line ends (its newline included, when there is one)
   */
  record Pair(List<String> path, int lineStart, int valueStart, int valueEnd, int lineEnd) {
  }

  /**
   * One table header ({@code [name]}); array tables are recorded with a {@code null} path.
   *
   * @param path the header's names, or {@code null} for {@code [[...]]}
   * @param lineEnd just after the header's line
   */
  record Header(List<String> path, int lineEnd) {
  }

  private final String text;
  private final List<Pair> pairs = new ArrayList<>();
  private final List<Header> headers = new ArrayList<>();
  private int at;

  private TomlLayout(String text) {
    this.text = text;
  }

  /**
   * Scans a document that the TOML library has already accepted.
   *
   * @param text the document
   * @return its layout
   */
  static TomlLayout of(String text) {
    TomlLayout layout = new TomlLayout(text);
    layout.scan();
    return layout;
  }

  List<Pair> pairs() {
    return pairs;
  }

  List<Header> headers() {
    return headers;
  }

  private void scan() {
    List<String> table = List.of();
    while (at < text.length()) {
      int lineStart = at;
      skipBlanks();
      if (at >= text.length()) {
        break;
      }
      char c = text.charAt(at);
      if (c == '\n' || c == '\r') {
        at++;
      } else if (c == '#') {
        skipToLineEnd();
      } else if (c == '[') {
        boolean arrayTable = text.startsWith("[[", at);
        at += arrayTable ? 2 : 1;
        List<String> names = keyNames(']');
        at += arrayTable ? 2 : 1;
        skipToLineEnd();
        table = arrayTable ? null : names;
        headers.add(new Header(table, at));
      } else {
        List<String> names = keyNames('=');
        at++;
        skipBlanks();
        int valueStart = at;
        int valueEnd = valueEnd();
        skipToLineEnd();
        if (table != null) {
          List<String> path = new ArrayList<>(table);
          path.addAll(names);
          pairs.add(new Pair(List.copyOf(path), lineStart, valueStart, valueEnd, at));
        }
      }
    }
  }

  /** Reads dotted key parts up to {@code stop} (not consumed). */
  private List<String> keyNames(char stop) {
    List<String> names = new ArrayList<>();
    StringBuilder bare = new StringBuilder();
    while (at < text.length() && text.charAt(at) != stop) {
      char c = text.charAt(at);
      if (c == '"' || c == '\'') {
        int end = stringEnd(at);
        names.add(unquote(text.substring(at, end)));
        at = end;
      } else if (c == '.') {
        if (!bare.isEmpty()) {
          names.add(bare.toString());
          bare.setLength(0);
        }
        at++;
      } else if (c == ' ' || c == '\t') {
        if (!bare.isEmpty()) {
          names.add(bare.toString());
          bare.setLength(0);
        }
        at++;
      } else {
        bare.append(c);
        at++;
      }
    }
    if (!bare.isEmpty()) {
      names.add(bare.toString());
    }
    return names;
  }

  private int valueEnd() {
    char c = text.charAt(at);
    if (c == '"' || c == '\'') {
      at = stringEnd(at);
      return at;
    }
    if (c == '[' || c == '{') {
      at = bracketEnd(at);
      return at;
    }
    // A bare value (number, boolean, date-time, possibly with a space): up to a comment or the line end.
    int end = at;
    while (end < text.length() && text.charAt(end) != '#' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    int trimmed = end;
    while (trimmed > at && (text.charAt(trimmed - 1) == ' ' || text.charAt(trimmed - 1) == '\t')) {
      trimmed--;
    }
    at = trimmed;
    return trimmed;
  }

  /** The end of the string starting at {@code start}: basic, literal, or their multi-line forms. */
  private int stringEnd(int start) {
    char quote = text.charAt(start);
    String triple = String.valueOf(quote).repeat(3);
    boolean multiLine = text.startsWith(triple, start);
    int i = start + (multiLine ? 3 : 1);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quote == '"' && c == '\\') {
        i += 2;
        continue;
      }
      if (multiLine && text.startsWith(triple, i)) {
        int end = i + 3;
        // Up to two quotes may stand just before the closing delimiter.
        while (end < text.length() && text.charAt(end) == quote && end < i + 5) {
          end++;
        }
        return end;
      }
      if (!multiLine && c == quote) {
        return i + 1;
      }
      i++;
    }
    return text.length();
  }

  private int bracketEnd(int start) {
    int depth = 0;
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = stringEnd(i);
        continue;
      }
      if (c == '#') {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '[' || c == '{') {
        depth++;
      } else if (c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return text.length();
  }

  private void skipBlanks() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private void skipToLineEnd() {
    while (at < text.length() && text.charAt(at) != '\n') {
      at++;
    }
    if (at < text.length()) {
      at++;
    }
  }

  private static String unquote(String quoted) {
    String inner = quoted.substring(1, quoted.length() - 1);
    if (quoted.charAt(0) == '\'') {
      return inner;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        char next = inner.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u', 'U' -> {
            int digits = next == 'u' ? 4 : 8;
            out.appendCodePoint(Integer.parseInt(inner.substring(i + 1, i + 1 + digits), 16));
            i += digits;
          }
          default -> out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Writes a string as a TOML basic string.
   *
   * @param value the string
   * @return the quoted, escaped literal
   */
  static String basicString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
