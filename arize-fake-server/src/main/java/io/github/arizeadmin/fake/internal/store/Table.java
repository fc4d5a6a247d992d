package io.github.arizeadmin.fake.internal.store;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One kind of record keyed by number, with the indexes declared on it kept in step on every
 * change, and every change recorded in the state's undo log (while a write keeps one). Lookups by
 * number or by an index key never scan.
 *
 * @param <R> the record type
 */
public class Table<R extends Row> {
  private final Long2ObjectOpenHashMap<R> rows = new Long2ObjectOpenHashMap<>();
  private final List<Index<R>> indexes = new ArrayList<>();
  private final UndoLog undo;
  private long next;

  Table(UndoLog undo, long firstNumber) {
    this.undo = undo;
    this.next = firstNumber;
  }

  /** Something kept in step with the table. */
  interface Index<R> {
    void add(R row);

    void remove(R row);
  }

  <I extends Index<R>> I index(I index) {
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
   * Makes later numbers larger than {@code number} (for records loaded with a given ID).
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
   * @param number a record number
   * @return the record, or null
   */
  public R row(long number) {
    return rows.get(number);
  }

  /**
   * Inserts or replaces a record (same number).
   *
   * @param row the record
   * @return the record
   */
  public R put(R row) {
    R old = rawPut(row);
    if (undo.recording()) {
      undo.record(old == null ? () -> rawRemove(row.num()) : () -> rawPut(old));
    }
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
    if (old != null && undo.recording()) {
      undo.record(() -> rawPut(old));
    }
    return Optional.ofNullable(old);
  }

  /** @return the number of records */
  public int size() {
    return rows.size();
  }

  /**
   * Every record in creation order; it sorts, so it is for small tables (accounts) only: the others
   * walk an index.
   *
   * @return the records
   */
  public List<R> all() {
    long[] numbers = rows.keySet().toLongArray();
    Arrays.sort(numbers);
    List<R> out = new ArrayList<>(numbers.length);
    for (long n : numbers) {
      out.add(rows.get(n));
    }
    return out;
  }

  private R rawPut(R row) {
    R old = rows.put(row.num(), row);
    for (Index<R> index : indexes) {
      if (old != null) {
        index.remove(old);
      }
      index.add(row);
    }
    return old;
  }

  private R rawRemove(long number) {
    R old = rows.remove(number);
    if (old != null) {
      for (Index<R> index : indexes) {
        index.remove(old);
      }
    }
    return old;
  }
}
