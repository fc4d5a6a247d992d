package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link PageIterable}, over pages of its own (no HTTP): a finished iterator, a resumed
 * iteration whose start cursor comes back, and a limit that falls inside a page.
 */
class PagingBoundariesTest {

  /** Pages keyed by the cursor that asks for them ({@code null} = the first); records every request. */
  private static final class Pages {
    private final java.util.Map<String, Page<String>> byCursor = new java.util.HashMap<>();
    private final List<String> requests = new ArrayList<>();

    Pages page(String cursor, String next, String... items) {
      byCursor.put(cursor, new Page<>(List.of(items), next, next != null));
      return this;
    }

    PageIterable<String> iterable() {
      return PageIterable.of((cursor, limit) -> {
        requests.add(cursor + "/" + limit);
        Page<String> page = byCursor.get(cursor);
        assertThat(page).as("a page for cursor %s", cursor).isNotNull();
        return page;
      });
    }
  }

  @Test
  void nextOnAFinishedItemIteratorThrowsAndFetchesNothingMore() {
    Pages pages = new Pages().page(null, "c1", "a").page("c1", null, "b");
    Iterator<String> iterator = pages.iterable().iterator();

    assertThat(iterator.next()).isEqualTo("a");
    assertThat(iterator.next()).isEqualTo("b");
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    assertThat(iterator.hasNext()).isFalse();

    assertThat(pages.requests).containsExactly("null/100", "c1/100");
  }

  @Test
  void nextOnAFinishedPageIteratorThrowsAndFetchesNothingMore() {
    Pages pages = new Pages().page(null, null, "a", "b");
    Iterator<Page<String>> iterator = pages.iterable().pages().iterator();

    assertThat(iterator.next().items()).containsExactly("a", "b");
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);

    assertThat(pages.requests).containsExactly("null/100");
  }

  @Test
  void nextOnAnEmptyListingThrows() {
    Pages pages = new Pages().page(null, null);
    Iterator<String> iterator = pages.iterable().iterator();

    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    assertThat(pages.requests).containsExactly("null/100");
  }

  @Test
  void aResumedIterationStopsWhenItsStartCursorComesBack() {
    // The server answers the page after c1 with c1 again: following it would deliver "b" twice.
    Pages pages = new Pages().page("c1", "c1", "b").page(null, "c1", "a");

    assertThat(pages.iterable().startingAt("c1").toList()).containsExactly("b");
    assertThat(pages.requests).containsExactly("c1/100");
  }

  @Test
  void aResumedIterationStillFollowsNewCursors() {
    Pages pages = new Pages().page("c1", "c2", "b").page("c2", null, "c");

    assertThat(pages.iterable().startingAt("c1").toList()).containsExactly("b", "c");
    assertThat(pages.requests).containsExactly("c1/100", "c2/100");
  }

  @Test
  void anEmptyOrNullStartCursorIsTheFirstPage() {
    Pages pages = new Pages().page(null, null, "a").page("", null, "never");

    assertThat(pages.iterable().startingAt("c9").startingAt("").toList()).containsExactly("a");
    assertThat(pages.iterable().startingAt(null).toList()).containsExactly("a");
    assertThat(pages.requests).containsExactly("null/100", "null/100");
  }

  @Test
  void aLimitInsideAPageCutsThatPageAndKeepsItsCursor() {
    Pages pages = new Pages().page(null, "c1", "a", "b", "c").page("c1", null, "d");

    List<Page<String>> seen = new ArrayList<>();
    pages.iterable().limit(2).pages().forEach(seen::add);

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).items()).containsExactly("a", "b");
    assertThat(seen.get(0).nextCursor()).as("the cursor of the page that was cut").contains("c1");
    assertThat(seen.get(0).hasMore()).isTrue();
    assertThat(pages.requests).containsExactly("null/2");
  }

  @Test
  void aLimitEqualToThePageIsNotCutAndFetchesNoFurtherPage() {
    Pages pages = new Pages().page(null, "c1", "a", "b").page("c1", null, "c");

    assertThat(pages.iterable().limit(2).toList()).containsExactly("a", "b");
    assertThat(pages.requests).containsExactly("null/2");
  }

  @Test
  void firstFetchesOnePageOfOneItemAndIsEmptyForAnEmptyListing() {
    Pages pages = new Pages().page(null, "c1", "a");
    assertThat(pages.iterable().first()).contains("a");
    assertThat(pages.requests).containsExactly("null/1");

    Pages none = new Pages().page(null, null);
    assertThat(none.iterable().first()).isEmpty();
    assertThat(none.iterable().limit(0).first()).isEmpty();
    assertThat(none.requests).containsExactly("null/1");
  }

  @Test
  void toStringShowsTheConfiguration() {
    PageIterable<Organization> all = PageIterable.of((cursor, limit) -> new Page<>(List.of(), null, false));

    assertThat(all).hasToString("PageIterable{startCursor=null, pageSize=100, maxItems=unbounded}");
    assertThat(all.startingAt("c1").pageSize(5).limit(7))
        .hasToString("PageIterable{startCursor=c1, pageSize=5, maxItems=7}");
  }
}
