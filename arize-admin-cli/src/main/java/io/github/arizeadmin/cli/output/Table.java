package io.github.arizeadmin.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-text tables that fit a width: columns start at their widest cell, and while the line is too
 * long the widest column gives up a character, down to a floor; cut cells end in {@code ...}.
 */
final class Table {
  static final String GAP = "  ";
  private static final String CUT = "...";
  private static final int MIN_COLUMN = 6;

  private Table() {
  }

  /**
   * Lays out rows under headers.
   *
   * @param headers the column names (shown upper case)
   * @param rows the cells, one list per row
   * @param width the width to fit, 0 for no limit
   * @return the lines, header first
   */
  static List<String> rows(List<String> headers, List<List<String>> rows, int width) {
    int columns = headers.size();
    int[] widths = new int[columns];
    List<String> titles = headers.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
    for (int c = 0; c < columns; c++) {
      widths[c] = titles.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], flat(row.get(c)).length());
      }
    }
    if (width > 0) {
      shrink(widths, width - GAP.length() * (columns - 1));
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(titles, widths));
    for (List<String> row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  /**
   * Lays out one object as field/value lines; long values wrap under their column.
   *
   * @param fields the field names
   * @param values the values, in the same order
   * @param width the width to fit, 0 for no limit
   * @return the lines
   */
  static List<String> fields(List<String> fields, List<String> values, int width) {
    int nameWidth = fields.stream().mapToInt(String::length).max().orElse(0) + 1;
    int valueWidth = width > 0 ? Math.max(MIN_COLUMN * 2, width - nameWidth - GAP.length()) : 0;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      List<String> pieces = wrap(flat(values.get(i)), valueWidth);
      String label = pad(fields.get(i) + ":", nameWidth);
      for (int p = 0; p < pieces.size(); p++) {
        String lead = p == 0 ? label : " ".repeat(nameWidth);
        lines.add((lead + GAP + pieces.get(p)).stripTrailing());
      }
    }
    return lines;
  }

  private static void shrink(int[] widths, int available) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    while (total > available) {
      int widest = 0;
      for (int c = 1; c < widths.length; c++) {
        if (widths[c] > widths[widest]) {
          widest = c;
        }
      }
      if (widths[widest] <= MIN_COLUMN) {
        return;
      }
      widths[widest]--;
      total--;
    }
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = fit(flat(cells.get(c)), widths[c]);
      line.append(c == widths.length - 1 ? cell : pad(cell, widths[c]) + GAP);
    }
    return line.toString().stripTrailing();
  }

  private static String fit(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    return width <= CUT.length() ? text.substring(0, width) : text.substring(0, width - CUT.length()) + CUT;
  }

  private static List<String> wrap(String text, int width) {
    if (width <= 0 || text.length() <= width) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      pieces.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    pieces.add(rest);
    return pieces;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** Cells are one line: line breaks and tabs become spaces. */
  private static String flat(String text) {
    return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
