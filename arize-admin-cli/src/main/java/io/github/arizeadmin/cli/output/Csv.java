package io.github.arizeadmin.cli.output;

import java.util.List;

/** RFC 4180 CSV: a header row, then one row per item; lines end in LF, as shell tools expect. */
final class Csv {
  private Csv() {
  }

  static String lines(List<String> headers, List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    row(text, headers);
    for (List<String> row : rows) {
      row(text, row);
    }
    return text.toString();
  }

  private static void row(StringBuilder text, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(quote(cells.get(i)));
    }
    text.append('\n');
  }

  private static String quote(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        && cell.equals(cell.strip());
    return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }
}
