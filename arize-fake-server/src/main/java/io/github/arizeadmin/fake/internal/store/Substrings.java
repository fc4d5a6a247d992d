package io.github.arizeadmin.fake.internal.store;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A trigram index for the API's case-insensitive substring filters ({@code name=}, {@code email=}):
 * each record is listed under every three-character piece of its lower-cased text, so the records
 * containing a fragment are among those listed under all of the fragment's pieces. It yields those
 * candidates in creation order; the caller still checks the whole fragment. Fragments shorter than
 * three characters have no pieces: the caller scans.
 *
 * @param <R> the record type
 */
final class Substrings<R extends Row> implements Table.Index<R> {
  private final Long2ObjectOpenHashMap<Numbers<R>> postings = new Long2ObjectOpenHashMap<>();
  private final Function<R, String> text;

  private Substrings(Function<R, String> text) {
    this.text = text;
  }

  static <R extends Row> Substrings<R> on(Table<R> table, Function<R, String> text) {
    return table.index(new Substrings<>(text));
  }

  @Override
  public void add(R row) {
    for (long piece : pieces(text.apply(row))) {
      Numbers<R> numbers = postings.get(piece);
      if (numbers == null) {
        numbers = new Numbers<>();
        postings.put(piece, numbers);
      }
      numbers.put(row);
    }
  }

  @Override
  public void remove(R row) {
    for (long piece : pieces(text.apply(row))) {
      Numbers<R> numbers = postings.get(piece);
      if (numbers != null && numbers.remove(row.num()) && numbers.size() == 0) {
        postings.remove(piece);
      }
    }
  }

  /**
   * @param fragment the filter
   * @param after a record number (0: from the start)
   * @return the records numbered above {@code after} whose text may contain the fragment, in
   *     creation order; null when the fragment is too short to use the index
   */
  Iterable<R> candidates(String fragment, long after) {
    long[] pieces = pieces(fragment);
    if (pieces.length == 0) {
      return null;
    }
    List<Numbers<R>> lists = new ArrayList<>();
    for (long piece : pieces) {
      Numbers<R> numbers = postings.get(piece);
      if (numbers == null) {
        return List.of();
      }
      lists.add(numbers);
    }
    lists.sort(Comparator.comparingInt(Numbers::size));
    Numbers<R> shortest = lists.get(0);
    List<Numbers<R>> others = lists.subList(1, lists.size());
    return () -> new Iterator<>() {
      private int at = shortest.firstAfter(after);
      private R next = advance();

      private R advance() {
        while (at < shortest.size()) {
          int here = at++;
          if (inAll(others, shortest.number(here))) {
            return shortest.row(here);
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public R next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        R out = next;
        next = advance();
        return out;
      }
    };
  }

  private static boolean inAll(List<? extends Numbers<?>> lists, long number) {
    for (Numbers<?> n : lists) {
      if (!n.contains(number)) {
        return false;
      }
    }
    return true;
  }

  /** The distinct three-character pieces of the lower-cased text, each packed in a long. */
  private static long[] pieces(String value) {
    if (value == null || value.length() < 3) {
      return new long[0];
    }
    String lower = value.toLowerCase(Locale.ROOT);
    long[] out = new long[lower.length() - 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (long) lower.charAt(i) << 32 | (long) lower.charAt(i + 1) << 16 | lower.charAt(i + 2);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }
}
