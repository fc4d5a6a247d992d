package io.github.arizeadmin.fake.internal.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A unique index: at most one record per key (a name in its scope, an email in its account, a key
 * hash). The table's writers check it before they insert; a second record with the same key
 * replaces the first here, so a violated uniqueness shows at once in the finders.
 *
 * @param <K> the key type
 * @param <R> the record type
 */
final class Unique<K, R extends Row> implements Table.Index<R> {
  private final Map<K, R> byKey = new HashMap<>();
  private final Function<R, K> key;

  private Unique(Function<R, K> key) {
    this.key = key;
  }

  static <K, R extends Row> Unique<K, R> on(Table<R> table, Function<R, K> key) {
    return table.index(new Unique<>(key));
  }

  @Override
  public void add(R row) {
    K k = key.apply(row);
    if (k != null) {
      byKey.put(k, row);
    }
  }

  @Override
  public void remove(R row) {
    K k = key.apply(row);
    if (k != null) {
      byKey.remove(k, row);
    }
  }

  Optional<R> find(K k) {
    return Optional.ofNullable(byKey.get(k));
  }
}
