package io.github.arizeadmin.fake.internal.store;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * A secondary index: the records sharing a key (an organization's spaces, a user's memberships),
 * in creation order. Keys are numbers (of the organization, the user, ...).
 *
 * @param <R> the record type
 */
final class Grouped<R extends Row> implements Table.Index<R> {
  private final Long2ObjectOpenHashMap<Numbers<R>> groups = new Long2ObjectOpenHashMap<>();
  private final Keys<R> keys;

  /** The keys of a record, handed to a consumer (no allocation). */
  interface Keys<R> {
    void of(R row, LongConsumer key);
  }

  private Grouped(Keys<R> keys) {
    this.keys = keys;
  }

  /** An index with one key per record. */
  static <R extends Row> Grouped<R> on(Table<R> table, ToLongFunction<R> key) {
    return onEach(table, (r, out) -> out.accept(key.applyAsLong(r)));
  }

  /** An index with any number of keys per record. */
  static <R extends Row> Grouped<R> onEach(Table<R> table, Keys<R> keys) {
    return table.index(new Grouped<>(keys));
  }

  @Override
  public void add(R row) {
    keys.of(row, k -> {
      Numbers<R> numbers = groups.get(k);
      if (numbers == null) {
        numbers = new Numbers<>();
        groups.put(k, numbers);
      }
      numbers.put(row);
    });
  }

  /** Replacing a record keeps its keys most of the time: then only its reference changes. */
  @Override
  public void remove(R row) {
    keys.of(row, k -> {
      Numbers<R> numbers = groups.get(k);
      if (numbers != null && numbers.remove(row.num()) && numbers.size() == 0) {
        groups.remove(k);
      }
    });
  }

  /** The records with key {@code k} numbered above {@code after}, oldest first. */
  Iterable<R> after(long k, long after) {
    Numbers<R> numbers = groups.get(k);
    if (numbers == null) {
      return List.of();
    }
    return () -> new Iterator<>() {
      private int at = numbers.firstAfter(after);

      @Override
      public boolean hasNext() {
        return at < numbers.size();
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return numbers.row(at++);
      }
    };
  }

  /** A copy, for callers that change the table while they walk the group (cascades). */
  List<R> list(long k) {
    Numbers<R> numbers = groups.get(k);
    List<R> out = new ArrayList<>(numbers == null ? 0 : numbers.size());
    for (int i = 0; numbers != null && i < numbers.size(); i++) {
      out.add(numbers.row(i));
    }
    return out;
  }

  /** The oldest record with key {@code k} that {@code match} accepts, or null. */
  R first(long k, Predicate<R> match) {
    Numbers<R> numbers = groups.get(k);
    for (int i = 0; numbers != null && i < numbers.size(); i++) {
      R row = numbers.row(i);
      if (match.test(row)) {
        return row;
      }
    }
    return null;
  }

  /**
   * The record in group {@code ka} of {@code a} and group {@code kb} of {@code b} (a pair finder,
   * such as the membership of a user in a space): walks the shorter group.
   */
  static <R extends Row> R both(Grouped<R> a, long ka, Predicate<R> inB, Grouped<R> b, long kb, Predicate<R> inA) {
    Numbers<R> first = a.groups.get(ka);
    Numbers<R> second = first == null ? null : b.groups.get(kb);
    if (second == null) {
      return null;
    }
    Numbers<R> walk = first.size() <= second.size() ? first : second;
    Predicate<R> match = walk == first ? inB : inA;
    for (int i = 0; i < walk.size(); i++) {
      R row = walk.row(i);
      if (match.test(row)) {
        return row;
      }
    }
    return null;
  }

  int count(long k) {
    Numbers<R> numbers = groups.get(k);
    return numbers == null ? 0 : numbers.size();
  }
}
