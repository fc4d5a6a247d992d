package io.github.arizeadmin.fake.internal.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A secondary index: the records sharing a key (an organization's spaces, a user's memberships),
 * in creation order.
 *
 * @param <K> the key type
 * @param <R> the record type
 */
final class Grouped<K, R extends Row> implements Table.Index<R> {
  private final Map<K, Numbers> groups = new HashMap<>();
  private final Table<R> table;
  private final Function<R, ? extends Collection<K>> keys;

  private Grouped(Table<R> table, Function<R, ? extends Collection<K>> keys) {
    this.table = table;
    this.keys = keys;
  }

  /** An index with one key per record (null: not indexed). */
  static <K, R extends Row> Grouped<K, R> on(Table<R> table, Function<R, K> key) {
    return onEach(table, r -> {
      K k = key.apply(r);
      return k == null ? List.<K>of() : List.of(k);
    });
  }

  /** An index with any number of keys per record. */
  static <K, R extends Row> Grouped<K, R> onEach(Table<R> table, Function<R, ? extends Collection<K>> keys) {
    return table.index(new Grouped<>(table, keys));
  }

  @Override
  public void add(R row) {
    for (K k : keys.apply(row)) {
      groups.computeIfAbsent(k, x -> new Numbers()).add(row.num());
    }
  }

  @Override
  public void remove(R row) {
    for (K k : keys.apply(row)) {
      Numbers numbers = groups.get(k);
      if (numbers != null && numbers.remove(row.num()) && numbers.size() == 0) {
        groups.remove(k);
      }
    }
  }

  Iterable<R> after(K k, long after) {
    return table.rowsOf(groups.get(k), after);
  }

  Iterable<R> all(K k) {
    return after(k, Long.MIN_VALUE);
  }

  /** A copy, for callers that change the table while they walk the group (cascades). */
  List<R> list(K k) {
    java.util.ArrayList<R> out = new java.util.ArrayList<>();
    all(k).forEach(out::add);
    return out;
  }

  int count(K k) {
    Numbers numbers = groups.get(k);
    return numbers == null ? 0 : numbers.size();
  }
}
