package io.github.arizeadmin.fake.internal.store;

import java.util.Arrays;

/**
 * The records of one index key, sorted by number: numbers in a growable {@code long[]} and the
 * records beside them, so a walk needs no lookup in the table (about 12 bytes a record, where a
 * {@code TreeMap} entry costs about 60). New records have the highest number, so adding is an
 * append; removing shifts the tail (groups are short, or removals rare).
 *
 * @param <R> the record type
 */
final class Numbers<R extends Row> {
  private static final long[] NO_NUMBERS = {};
  private static final Object[] NO_ROWS = {};
  private long[] numbers = NO_NUMBERS;
  private Object[] rows = NO_ROWS;
  private int size;

  int size() {
    return size;
  }

  long number(int index) {
    return numbers[index];
  }

  @SuppressWarnings("unchecked")
  R row(int index) {
    return (R) rows[index];
  }

  /** Adds a record, or replaces the one with its number. */
  void put(R row) {
    long number = row.num();
    int at = size == 0 || numbers[size - 1] < number ? -(size + 1) : Arrays.binarySearch(numbers, 0, size, number);
    if (at >= 0) {
      rows[at] = row;
      return;
    }
    int insert = -(at + 1);
    if (size == numbers.length) {
      int capacity = Math.max(4, size + (size >> 1));
      numbers = Arrays.copyOf(numbers, capacity);
      rows = Arrays.copyOf(rows, capacity);
    }
    System.arraycopy(numbers, insert, numbers, insert + 1, size - insert);
    System.arraycopy(rows, insert, rows, insert + 1, size - insert);
    numbers[insert] = number;
    rows[insert] = row;
    size++;
  }

  boolean remove(long number) {
    int at = Arrays.binarySearch(numbers, 0, size, number);
    if (at < 0) {
      return false;
    }
    System.arraycopy(numbers, at + 1, numbers, at, size - at - 1);
    System.arraycopy(rows, at + 1, rows, at, size - at - 1);
    rows[--size] = null;
    return true;
  }

  /** @return the position of the first number above {@code after} */
  int firstAfter(long after) {
    int at = Arrays.binarySearch(numbers, 0, size, after);
    return at >= 0 ? at + 1 : -(at + 1);
  }

  boolean contains(long number) {
    return Arrays.binarySearch(numbers, 0, size, number) >= 0;
  }
}
