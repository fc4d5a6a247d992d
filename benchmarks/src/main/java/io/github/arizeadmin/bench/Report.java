package io.github.arizeadmin.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run as Markdown tables (padded so they also read well in a terminal): a heading with the
 * date and the machine, then one table per phase, each with its notes.
 */
final class Report {
  private final List<String> header = new ArrayList<>();
  private final List<Table> tables = new ArrayList<>();

  void headerLine(String line) {
    header.add(line);
  }

  Table table(String title, String... columns) {
    Table table = new Table(title, List.of(columns));
    tables.add(table);
    return table;
  }

  String markdown() {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append(line).append('\n'));
    for (Table table : tables) {
      out.append('\n').append(table.markdown());
    }
    return out.toString();
  }

  static String millis(double millis) {
    if (Double.isNaN(millis)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
  }

  static String seconds(java.time.Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
  }

  static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** One table: a title, its columns, rows and notes below it. */
  static final class Table {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Table(String title, List<String> columns) {
      this.title = title;
      this.columns = columns;
    }

    /** Adds a row; missing trailing cells stay empty. */
    void row(String... cells) {
      List<String> row = new ArrayList<>(Arrays.asList(cells));
      while (row.size() < columns.size()) {
        row.add("");
      }
      rows.add(row);
    }

    void note(String note) {
      notes.add(note);
    }

    List<List<String>> rows() {
      return rows;
    }

    String markdown() {
      int[] widths = new int[columns.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = columns.get(c).length();
        for (List<String> row : rows) {
          widths[c] = Math.max(widths[c], row.get(c).length());
        }
      }
      StringBuilder out = new StringBuilder("#### ").append(title).append("\n\n");
      line(out, columns, widths);
      StringBuilder rule = new StringBuilder("|");
      for (int width : widths) {
        rule.append("-".repeat(width + 2)).append('|');
      }
      out.append(rule).append('\n');
      rows.forEach(row -> line(out, row, widths));
      if (!notes.isEmpty()) {
        out.append('\n');
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
      }
      return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
      out.append('|');
      for (int c = 0; c < widths.length; c++) {
        String cell = cells.get(c);
        out.append(' ').append(cell).append(" ".repeat(widths[c] - cell.length())).append(" |");
      }
      out.append('\n');
    }
  }
}
