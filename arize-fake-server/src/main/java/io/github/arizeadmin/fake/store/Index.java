package io.github.arizeadmin.fake.store;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A secondary index of a {@link Table}: key to the records with that key, in creation order.
 *
 * @param <R> the record type
 */
public final class Index<R> {
  private static final NavigableMap<Long, ?> EMPTY = Collections.unmodifiableNavigableMap(new TreeMap<>());
  private final Map<Object, TreeMap<Long, R>> entries = new HashMap<>();
  private final Function<R, Collection<?>> extractor;
  private final ToLongFunction<R> number;

  Index(Function<R, Collection<?>> extractor, ToLongFunction<R> number) {
    this.extractor = extractor;
    this.number = number;
  }

  /**
   * @param key an index key
   * @return the records with that key, keyed by number (a read-only view)
   */
  @SuppressWarnings("unchecked")
  public NavigableMap<Long, R> find(Object key) {
    TreeMap<Long, R> found = entries.get(key);
    return found == null ? (NavigableMap<Long, R>) EMPTY : Collections.unmodifiableNavigableMap(found);
  }

  /**
   * @param key an index key
   * @return the records with that key, in creation order
   */
  public List<R> list(Object key) {
    return List.copyOf(find(key).values());
  }

  /**
   * @param key an index key
   * @return the oldest record with that key
   */
  public Optional<R> first(Object key) {
    NavigableMap<Long, R> found = find(key);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.firstEntry().getValue());
  }

  void add(R row) {
    for (Object k : extractor.apply(row)) {
      entries.computeIfAbsent(k, x -> new TreeMap<>()).put(number.applyAsLong(row), row);
    }
  }

  void remove(R row) {
    for (Object k : extractor.apply(row)) {
      TreeMap<Long, R> found = entries.get(k);
      if (found != null) {
        found.remove(number.applyAsLong(row));
        if (found.isEmpty()) {
          entries.remove(k);
        }
      }
    }
  }
}
