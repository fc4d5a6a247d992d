package io.github.arizeadmin.core.paging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every item of a list, across pages, fetched lazily: no request is made until the first item is
 * asked for, and each further page only when the previous one is used up.
 *
 * <ul>
 *   <li><b>Re-iterable</b>: each {@link #iterator()}, {@link #stream()} or {@link #pages()} starts
 *       again from the start cursor with its own state, so one instance can be shared between
 *       threads.
 *   <li><b>Resumable</b>: {@link #startingAt(String)} starts from a cursor saved from {@link
 *       Page#nextCursor()}.
 *   <li><b>Boundable</b>: {@link #limit(long)} stops after that many items without fetching further
 *       pages, and {@link #pageSize(int)} sets the page size asked for.
 *   <li><b>Terminating</b>: iteration stops when the server gives no next cursor (an empty one
 *       included) or repeats a cursor it gave before, even if it says it has more.
 *   <li><b>Typed failures</b>: a failing page throws the same unchecked {@link
 *       io.github.arizeadmin.core.ArizeApiException} subclass a direct call throws.
 * </ul>
 *
 * <p>Instances are immutable; the configuration methods return new instances.
 *
 * @param <T> the item type
 */
public final class PageIterable<T> implements Iterable<T> {
  /**
   * The page size of every listing that takes none: {@code listAll()} and the no-argument {@code list()}
   * of each sub-client. The server's maximum, to make as few requests as possible.
   */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The largest page size the service accepts. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final Logger LOG = LoggerFactory.getLogger(PageIterable.class);

  private final PageFetcher<T> fetcher;
  private final String startCursor;
  private final int pageSize;
  private final long maxItems;

  private PageIterable(PageFetcher<T> fetcher, String startCursor, int pageSize, long maxItems) {
    this.fetcher = fetcher;
    this.startCursor = startCursor;
    this.pageSize = pageSize;
    this.maxItems = maxItems;
  }

  /**
   * Creates an iterable over the pages a fetcher returns, from the first page, unbounded. The
   * client's {@code listAll} methods are built on it; it is public so that code that consumes listings
   * can be tested with pages of its own ({@code PageIterable.of((cursor, limit) -> new Page<>(items,
   * null, false))}). Sends nothing by itself.
   *
   * @param fetcher the request for one page
   * @param <T> the item type
   * @return the iterable
   */
  public static <T> PageIterable<T> of(PageFetcher<T> fetcher) {
    return new PageIterable<>(Objects.requireNonNull(fetcher, "fetcher"), null, DEFAULT_PAGE_SIZE, Long.MAX_VALUE);
  }

  /**
   * Returns an iterable that starts at a saved cursor instead of the first page. Sends nothing.
   *
   * @param cursor a cursor from {@link Page#nextCursor()}, or {@code null} for the first page
   * @return a new iterable
   */
  public PageIterable<T> startingAt(String cursor) {
    return new PageIterable<>(fetcher, cursor == null || cursor.isEmpty() ? null : cursor, pageSize, maxItems);
  }

  /**
   * Returns an iterable that asks for pages of this size. Sends nothing.
   *
   * @param size 1 to {@value #MAX_PAGE_SIZE}
   * @return a new iterable
   * @throws IllegalArgumentException when the size is out of range
   */
  public PageIterable<T> pageSize(int size) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
    }
    return new PageIterable<>(fetcher, startCursor, size, maxItems);
  }

  /**
   * Returns an iterable that stops after at most this many items (and fetches no page beyond them).
   * Sends nothing.
   *
   * @param maxItems zero or more
   * @return a new iterable
   * @throws IllegalArgumentException when negative
   */
  public PageIterable<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative, was " + maxItems);
    }
    return new PageIterable<>(fetcher, startCursor, pageSize, maxItems);
  }

  /**
   * Returns a fresh, lazy iterator over the items, from the start cursor.
   *
   * @return the iterator; its {@code hasNext()} and {@code next()} may throw {@link
   *     io.github.arizeadmin.core.ArizeApiException}
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /**
   * Returns a lazy, sequential stream of the items.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Returns the pages themselves, lazily, so a caller can save {@link Page#nextCursor()} after each
   * one it has processed. With {@link #limit(long)}, the last page is cut to the limit.
   *
   * @return a re-iterable view of the pages
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /**
   * Fetches every item (within the limit) into a list: one request per page.
   *
   * @return an unmodifiable list
   */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    iterator().forEachRemaining(all::add);
    return List.copyOf(all);
  }

  /**
   * Returns the first item, fetching at most one page (one request, for one item).
   *
   * @return the first item, when there is one
   */
  public java.util.Optional<T> first() {
    Iterator<T> iterator = limit(Math.min(1, maxItems)).iterator();
    return iterator.hasNext() ? java.util.Optional.of(iterator.next()) : java.util.Optional.empty();
  }

  @Override
  public String toString() {
    return "PageIterable{startCursor=" + startCursor + ", pageSize=" + pageSize
        + ", maxItems=" + (maxItems == Long.MAX_VALUE ? "unbounded" : maxItems) + "}";
  }

  /** Walks the pages from the start cursor; one per iteration, never shared. */
  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> seenCursors = new HashSet<>();
    private String cursor = startCursor;
    private boolean finished = maxItems == 0;
    private long delivered;
    private Page<T> next;

    PageIterator() {
      if (startCursor != null) {
        seenCursors.add(startCursor);
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null && !finished) {
        fetchNext();
      }
      return next != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = next;
      next = null;
      return page;
    }

    private void fetchNext() {
      long remaining = maxItems - delivered;
      int limit = (int) Math.max(1, Math.min(pageSize, remaining));
      Page<T> page = fetcher.fetch(cursor, limit);
      List<T> items = page.items();
      if (items.size() > remaining) {
        items = items.subList(0, (int) remaining);
        page = new Page<>(items, page.nextCursor().orElse(null), page.hasMore());
      }
      delivered += items.size();
      next = page;
      String following = page.nextCursor().orElse(null);
      if (delivered >= maxItems || !page.hasMore() || following == null) {
        finished = true;
      } else if (!seenCursors.add(following)) {
        LOG.warn("The server repeated the cursor it gave before; stopping the iteration after {} items", delivered);
        finished = true;
      } else {
        cursor = following;
      }
    }
  }

  /** Flattens the pages of one {@link PageIterator}. */
  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> current = java.util.Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        current = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
