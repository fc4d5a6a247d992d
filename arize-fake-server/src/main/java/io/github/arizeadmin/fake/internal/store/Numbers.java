package io.github.arizeadmin.fake.internal.store;

import java.util.Arrays;

/**
 * A sorted set of record numbers in one growable {@code long[]}: 8 bytes a number, where a
 * {@code TreeMap} entry costs about 60. New records have the highest number, so adding is an
 * append; removing shifts the tail (index lists are short, or removals rare).
 */
final class Numbers {
  private static final long[] EMPTY = {};
  private long[] values = EMPTY;
  private int size;

  int size() {
    return size;
  }

  long get(int index) {
    return values[index];
  }

  boolean add(long number) {
    int at = size == 0 || values[size - 1] < number ? -(size + 1) : Arrays.binarySearch(values, 0, size, number);
    if (at >= 0) {
      return false;
    }
    int insert = -(at + 1);
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(2, size + (size >> 1) + 1));
    }
    System.arraycopy(values, insert, values, insert + 1, size - insert);
    values[insert] = number;
    size++;
    return true;
  }

  boolean remove(long number) {
    int at = Arrays.binarySearch(values, 0, size, number);
    if (at < 0) {
      return false;
    }
    System.arraycopy(values, at + 1, values, at, size - at - 1);
    size--;
    return true;
  }

  /** @return the position of the first number above {@code after} */
  int firstAfter(long after) {
    int at = Arrays.binarySearch(values, 0, size, after);
    return at >= 0 ? at + 1 : -(at + 1);
  }

  boolean contains(long number) {
    return Arrays.binarySearch(values, 0, size, number) >= 0;
  }
}
