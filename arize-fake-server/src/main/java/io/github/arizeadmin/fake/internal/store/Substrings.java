package io.github.arizeadmin.fake.internal.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
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
  private final Map<Long, Numbers> postings = new HashMap<>();
  private final Table<R> table;
  private final Function<R, String> text;

  private Substrings(Table<R> table, Function<R, String> text) {
    this.table = table;
    this.text = text;
  }

  static <R extends Row> Substrings<R> on(Table<R> table, Function<R, String> text) {
    return table.index(new Substrings<>(table, text));
  }

  @Override
  public void add(R row) {
    for (long piece : pieces(text.apply(row))) {
      postings.computeIfAbsent(piece, x -> new Numbers()).add(row.num());
    }
  }

  @Override
  public void remove(R row) {
    for (long piece : pieces(text.apply(row))) {
      Numbers numbers = postings.get(piece);
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
    Set<Long> pieces = pieces(fragment);
    if (pieces.isEmpty()) {
      return null;
    }
    List<Numbers> lists = new ArrayList<>();
    for (long piece : pieces) {
      Numbers numbers = postings.get(piece);
      if (numbers == null) {
        return List.of();
      }
      lists.add(numbers);
    }
    lists.sort(Comparator.comparingInt(Numbers::size));
    Numbers shortest = lists.get(0);
    List<Numbers> others = lists.subList(1, lists.size());
    return () -> new Iterator<>() {
      private int at = shortest.firstAfter(after);
      private R next = advance();

      private R advance() {
        while (at < shortest.size()) {
          long number = shortest.get(at++);
          if (others.stream().allMatch(n -> n.contains(number))) {
            return table.row(number);
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

  private static Set<Long> pieces(String value) {
    if (value == null || value.length() < 3) {
      return Set.of();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    Set<Long> out = new HashSet<>();
    for (int i = 0; i + 3 <= lower.length(); i++) {
      out.add((long) lower.charAt(i) << 32 | (long) lower.charAt(i + 1) << 16 | lower.charAt(i + 2));
    }
    return out;
  }
}
