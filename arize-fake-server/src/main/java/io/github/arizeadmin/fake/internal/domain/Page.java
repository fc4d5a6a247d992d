package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * One page of a list. Lists are in creation order (oldest first); a cursor is the opaque base64 of
 * a version and the number of the last item returned, so it stays correct when items come and go
 * between pages.
 *
 * @param items the items of this page
 * @param nextCursor the cursor of the next page, or null when this is the last
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor) {
  static final int DEFAULT_LIMIT = 50;
  private static final String VERSION = "v1";

  /**
   * Copies the items.
   *
   * @param items the items
   * @param nextCursor the next cursor, or null
   */
  public Page {
    items = List.copyOf(items);
  }

  /** @return whether another page follows */
  public boolean hasMore() {
    return nextCursor != null;
  }

  /**
   * The position in a list, from the request's {@code limit} and {@code cursor}.
   *
   * @param limit the page size (1 to 100)
   * @param after the number of the last item already returned (0: none)
   */
  record Request(int limit, long after) {
    static Request of(Integer limit, String cursor) {
      int size = limit == null ? DEFAULT_LIMIT : limit;
      if (size < 1 || size > 100) {
        throw ApiError.badRequest("limit", "must be between 1 and 100.");
      }
      return new Request(size, decode(cursor));
    }

    /**
     * Builds the page.
     *
     * @param candidates the rows numbered above a given number, in creation order
     * @param keep which candidates the caller may see and the filters keep
     * @param view a row's view
     */
    <R extends Row, T> Page<T> page(LongFunction<Iterable<R>> candidates, Predicate<R> keep, Function<R, T> view) {
      List<T> items = new ArrayList<>();
      long last = after;
      for (R row : candidates.apply(after)) {
        if (!keep.test(row)) {
          continue;
        }
        if (items.size() == limit) {
          return new Page<>(items, encode(last));
        }
        items.add(view.apply(row));
        last = row.num();
      }
      return new Page<>(items, null);
    }
  }

  static String encode(long last) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((VERSION + ":" + last).getBytes(StandardCharsets.UTF_8));
  }

  static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(VERSION + ":")) {
        long last = Long.parseLong(text.substring(VERSION.length() + 1));
        if (last >= 0) {
          return last;
        }
      }
    } catch (IllegalArgumentException bad) {
      // falls through to the Problem below
    }
    throw ApiError.badRequest("cursor", "not a cursor returned by this list.");
  }
}
