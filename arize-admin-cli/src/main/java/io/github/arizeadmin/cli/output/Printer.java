package io.github.arizeadmin.cli.output;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes results to standard output in one {@link Format}. Only data goes here; messages, warnings and
 * progress go to standard error, so {@code -o json} output always parses.
 */
public final class Printer {
  private final Format format;
  private final PrintStream out;
  private final int width;

  /**
   * Creates a printer.
   *
   * @param format the format
   * @param out where the data goes
   * @param width the table width to fit, 0 for no limit (used by {@link Format#TABLE} only)
   */
  public Printer(Format format, PrintStream out, int width) {
    this.format = Objects.requireNonNull(format, "format");
    this.out = Objects.requireNonNull(out, "out");
    this.width = width;
  }

  /**
   * Returns the format.
   *
   * @return the format
   */
  public Format format() {
    return format;
  }

  /**
   * Prints one object: as field/value lines (table), the service's JSON, or a header and one row (CSV).
   *
   * @param view how to show it
   * @param item the object
   * @param <T> its type
   */
  public <T> void item(View<T> view, T item) {
    switch (format) {
      case JSON -> print(JsonText.indent(view.json().apply(item)));
      case CSV -> print(Csv.lines(headers(view), List.of(cells(view, item))));
      case TABLE -> print(String.join("\n",
          Table.fields(headers(view), cells(view, item), width)));
      default -> throw new IllegalStateException(format.name());
    }
  }

  /**
   * Prints a list: a table, the service's list answer (items and {@code pagination}), or CSV rows.
   *
   * @param view how to show each item
   * @param items the items
   * @param hasMore whether more items follow
   * @param nextCursor the next page's cursor, or {@code null}
   * @param <T> the item type
   */
  public <T> void list(View<T> view, List<T> items, boolean hasMore, String nextCursor) {
    List<List<String>> rows = items.stream().map(item -> cells(view, item)).toList();
    switch (format) {
      case JSON -> print(JsonText.envelope(view.listKey(),
          items.stream().map(view.json()).toList(), hasMore, nextCursor));
      case CSV -> print(Csv.lines(headers(view), rows));
      case TABLE -> print(String.join("\n", Table.rows(headers(view), rows, width)));
      default -> throw new IllegalStateException(format.name());
    }
  }

  private void print(String text) {
    out.println(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    out.flush();
  }

  private static <T> List<String> headers(View<T> view) {
    return view.columns().stream().map(View.Column::header).collect(Collectors.toList());
  }

  private static <T> List<String> cells(View<T> view, T item) {
    return view.columns().stream().map(column -> column.cell(item)).collect(Collectors.toList());
  }
}
