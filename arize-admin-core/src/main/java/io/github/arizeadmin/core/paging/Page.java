package io.github.arizeadmin.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list answer: its items, whether the server has more, and the opaque cursor of the next
 * page. Immutable.
 *
 * <p>A page can be shorter than the requested limit, even empty, while {@link #hasMore()} is true
 * (the resource-restrictions list filters after reading): keep paging with {@link #nextCursor()}.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextCursor;
  private final boolean hasMore;

  /**
   * Creates a page.
   *
   * @param items the items of this page
   * @param nextCursor the cursor of the next page, or {@code null}
   * @param hasMore whether the server says more items follow
   */
  public Page(List<T> items, String nextCursor, boolean hasMore) {
    this.items = List.copyOf(items);
    this.nextCursor = nextCursor;
    this.hasMore = hasMore;
  }

  /**
   * Returns the items of this page.
   *
   * @return an unmodifiable list
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the cursor to pass to the next request; save it to resume later.
   *
   * @return the cursor, empty on the last page
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor).filter(cursor -> !cursor.isEmpty());
  }

  /**
   * Returns whether the server says more items follow.
   *
   * @return the server's {@code has_more}
   */
  public boolean hasMore() {
    return hasMore;
  }

  /**
   * Returns this page with each item transformed.
   *
   * @param mapper the transformation
   * @param <R> the new item type
   * @return a new page with the same cursor
   */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor, hasMore);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Page<?> page && page.items.equals(items) && Objects.equals(page.nextCursor, nextCursor)
        && page.hasMore == hasMore;
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextCursor, hasMore);
  }

  @Override
  public String toString() {
    return "Page{items=" + items + ", nextCursor=" + nextCursor + ", hasMore=" + hasMore + "}";
  }
}
