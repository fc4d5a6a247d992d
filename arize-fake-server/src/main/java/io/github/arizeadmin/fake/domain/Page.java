package io.github.arizeadmin.fake.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cursor pagination. Lists are in creation order (oldest first); a cursor is the opaque base64 of
 * a version and the number of the last item returned, so it stays correct when items are added or
 * removed between pages.
 */
final class Page {
  static final int DEFAULT_LIMIT = 50;
  private static final String VERSION = "v1";

  private Page() {
  }

  /**
   * Builds one page as the wire's list response.
   *
   * @param listKey the list's JSON key
   * @param rows the candidates, keyed by number, in creation order
   * @param keep which candidates the caller may see and the filters keep
   * @param view the wire form of a row
   * @param limit the page size (null: default)
   * @param cursor the cursor of a previous page, or null
   * @param <R> the row type
   * @return {@code {<listKey>: [...], pagination: {...}}}
   */
  static <R> Map<String, Object> of(String listKey, NavigableMap<Long, R> rows, Predicate<R> keep,
      Function<R, Map<String, Object>> view, Integer limit, String cursor) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > 100) {
      throw ApiError.badRequest("limit: must be between 1 and 100.");
    }
    long after = decode(cursor);
    List<Map<String, Object>> items = new ArrayList<>();
    long last = after;
    boolean more = false;
    for (Map.Entry<Long, R> entry : rows.tailMap(after, false).entrySet()) {
      if (!keep.test(entry.getValue())) {
        continue;
      }
      if (items.size() == size) {
        more = true;
        break;
      }
      items.add(view.apply(entry.getValue()));
      last = entry.getKey();
    }
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("has_more", more);
    if (more) {
      pagination.put("next_cursor", encode(last));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(listKey, items);
    out.put("pagination", pagination);
    return out;
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
    throw ApiError.badRequest("cursor: not a cursor returned by this list.");
  }
}
