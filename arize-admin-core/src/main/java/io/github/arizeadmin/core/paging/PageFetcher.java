package io.github.arizeadmin.core.paging;

/**
 * Fetches one page: the request a {@link PageIterable} repeats with each next cursor.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /**
   * Fetches the page at a cursor.
   *
   * @param cursor the cursor, or {@code null} for the first page
   * @param limit the page size to ask for (1 to 100)
   * @return the page
   * @throws io.github.arizeadmin.core.ArizeApiException when the request fails
   */
  Page<T> fetch(String cursor, int limit);
}
