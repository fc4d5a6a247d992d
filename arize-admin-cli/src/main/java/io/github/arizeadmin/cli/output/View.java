package io.github.arizeadmin.cli.output;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How one kind of result is shown: its columns (table and CSV, named as the service's JSON fields), its
 * JSON (the service's own), and the key of the service's list answer ({@code users}, {@code spaces}...).
 *
 * @param listKey the array's name in the service's list answer, for example {@code users}
 * @param noun the plural word used in messages, for example {@code users}
 * @param columns the columns, in order
 * @param json the service's JSON of one item
 * @param <T> the item type
 */
public record View<T>(String listKey, String noun, List<Column<T>> columns, Function<T, String> json) {
  /**
   * Checks the fields.
   *
   * @param listKey the list key
   * @param noun the plural noun
   * @param columns the columns
   * @param json the JSON function
   */
  public View {
    Objects.requireNonNull(listKey, "listKey");
    Objects.requireNonNull(noun, "noun");
    columns = List.copyOf(columns);
    Objects.requireNonNull(json, "json");
  }

  /**
   * One column.
   *
   * @param header the column's name (the service's JSON field)
   * @param value the cell text of an item; {@code null} or empty when absent
   * @param <T> the item type
   */
  public record Column<T>(String header, Function<T, String> value) {
    /**
     * Checks the fields.
     *
     * @param header the header
     * @param value the value function
     */
    public Column {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(value, "value");
    }

    String cell(T item) {
      String text = value.apply(item);
      return text == null ? "" : text;
    }
  }
}
