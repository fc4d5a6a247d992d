package io.github.arizeadmin.fake.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One kind of record, keyed by its number (creation order), with secondary indexes that are kept
 * in step on every change. Lookups by number or by index key never scan.
 *
 * @param <R> the record type
 */
public final class Table<R> {
  private final ToLongFunction<R> key;
  private final UndoLog undo;
  private final TreeMap<Long, R> rows = new TreeMap<>();
  private final List<Index<R>> indexes = new ArrayList<>();
  private long next;

  Table(ToLongFunction<R> key, UndoLog undo, long firstNumber) {
    this.key = key;
    this.undo = undo;
    this.next = firstNumber;
  }

  /**
   * Declares an index with one key per record (null: not indexed).
   *
   * @param extractor the key of a record
   * @return the index
   */
  Index<R> index(Function<R, Object> extractor) {
    return multiIndex(r -> {
      Object k = extractor.apply(r);
      return k == null ? List.of() : List.of(k);
    });
  }

  /**
   * Declares an index with any number of keys per record.
   *
   * @param extractor the keys of a record
   * @return the index
   */
  Index<R> multiIndex(Function<R, Collection<?>> extractor) {
    Index<R> index = new Index<>(extractor, key);
    indexes.add(index);
    return index;
  }

  /**
   * Allocates the next record number (numbers are never reused).
   *
   * @return a fresh number
   */
  public long nextNumber() {
    return next++;
  }

  /**
   * Makes sure later numbers are above {@code number} (for records loaded with a given ID).
   *
   * @param number a number in use
   */
  public void reserve(long number) {
    if (number >= next) {
      next = number + 1;
    }
  }

  /**
   * @param number a record number
   * @return the record, if present
   */
  public Optional<R> get(long number) {
    return Optional.ofNullable(rows.get(number));
  }

  /**
   * Inserts or replaces a record (same number).
   *
   * @param row the record
   * @return the record
   */
  public R put(R row) {
    long k = key.applyAsLong(row);
    R old = rawPut(k, row);
    undo.record(old == null ? () -> rawRemove(k) : () -> rawPut(k, old));
    return row;
  }

  /**
   * Removes a record.
   *
   * @param number its number
   * @return the removed record, if it was present
   */
  public Optional<R> remove(long number) {
    R old = rawRemove(number);
    if (old != null) {
      undo.record(() -> rawPut(number, old));
    }
    return Optional.ofNullable(old);
  }

  /** @return every record, in creation order (a read-only view) */
  public Collection<R> all() {
    return Collections.unmodifiableCollection(rows.values());
  }

  /** @return every record keyed by number, in creation order (a read-only view) */
  public NavigableMap<Long, R> ordered() {
    return Collections.unmodifiableNavigableMap(rows);
  }

  /** @return the number of records */
  public int size() {
    return rows.size();
  }

  private R rawPut(long k, R row) {
    R old = rows.put(k, row);
    for (Index<R> index : indexes) {
      if (old != null) {
        index.remove(old);
      }
      index.add(row);
    }
    return old;
  }

  private R rawRemove(long k) {
    R old = rows.remove(k);
    if (old != null) {
      for (Index<R> index : indexes) {
        index.remove(old);
      }
    }
    return old;
  }
}
