package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the values a caller configures: each limit is checked on both sides, the last value
 * inside it is accepted, and a refused value sends nothing.
 */
class ValueBoundsTest extends MockServerTest {
  private static final Duration NEGATIVE = Duration.ofMillis(-1);

  @Test
  void aRetryPolicyAcceptsTheSmallestValuesAndRefusesOneStepBelow() {
    RetryPolicy smallest = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0.0, Duration.ZERO);
    assertThat(smallest.maxAttempts()).isEqualTo(1);
    assertThat(smallest.withJitter(1.0).jitter()).isEqualTo(1.0);

    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 1.0, 0.0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> new RetryPolicy(1, NEGATIVE, Duration.ZERO, 1.0, 0.0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("initialBackoff must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, NEGATIVE, 1.0, 0.0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxBackoff must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> smallest.withMaxElapsed(NEGATIVE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxElapsed must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> smallest.withMultiplier(0.99))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("multiplier must be at least 1, was 0.99");
    assertThatThrownBy(() -> smallest.withJitter(-0.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("jitter must be between 0 and 1, was -0.01");
    assertThatThrownBy(() -> smallest.withJitter(1.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("jitter must be between 0 and 1, was 1.01");
  }

  @Test
  void theWithersChangeOnlyTheirOwnValue() {
    RetryPolicy base = RetryPolicy.defaults();
    RetryPolicy changed = base.withMultiplier(3.0).withMaxElapsed(Duration.ofSeconds(5));

    assertThat(changed).isEqualTo(new RetryPolicy(base.maxAttempts(), base.initialBackoff(), base.maxBackoff(), 3.0,
        base.jitter(), Duration.ofSeconds(5)));
  }

  @Test
  void aPageSizeFromOneToTheMaximumIsAcceptedAndNothingOutside() {
    PageIterable<String> pages = PageIterable.of((cursor, limit) -> new Page<>(List.of(), null, false));

    assertThat(pages.pageSize(1)).hasToString("PageIterable{startCursor=null, pageSize=1, maxItems=unbounded}");
    assertThat(pages.pageSize(PageIterable.MAX_PAGE_SIZE)).hasToString(
        "PageIterable{startCursor=null, pageSize=100, maxItems=unbounded}");
    assertThatThrownBy(() -> pages.pageSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page size must be between 1 and 100, was 0");
    assertThatThrownBy(() -> pages.pageSize(PageIterable.MAX_PAGE_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("page size must be between 1 and 100, was 101");
  }

  @Test
  void aListLimitOutsideOneToTheMaximumIsRefusedBeforeAnythingIsSent() throws Exception {
    List<Runnable> outOfRange = List.of(
        () -> client.organizations().list(null, 0, null),
        () -> client.organizations().list(null, 101, null),
        () -> client.spaces().list(SpaceFilter.defaults(), 0, null),
        () -> client.spaces().list(SpaceFilter.defaults(), 101, null),
        () -> client.users().list(UserFilter.defaults(), 0, null),
        () -> client.users().list(UserFilter.defaults(), 101, null),
        () -> client.projects().list(ProjectFilter.defaults(), 0, null),
        () -> client.projects().list(ProjectFilter.defaults(), 101, null),
        () -> client.apiKeys().list(ApiKeyFilter.defaults(), 0, null),
        () -> client.apiKeys().list(ApiKeyFilter.defaults(), 101, null),
        () -> client.roles().list(null, 0, null),
        () -> client.roles().list(null, 101, null));
    for (Runnable call : outOfRange) {
      assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("limit must be between 1 and 100, was ");
    }
    assertThat(server.getRequestCount()).isZero();

    json(200, list("organizations", null));
    json(200, list("organizations", null));
    client.organizations().list(null, 1, null);
    client.organizations().list(null, 100, null);
    expect("GET", "/v2/organizations?limit=1");
    expect("GET", "/v2/organizations?limit=100");
  }

  @Test
  void aPageIsAValueOfItsItemsCursorAndMoreFlag() {
    Page<String> page = new Page<>(List.of("a", "b"), "c1", true);

    assertThat(page).isEqualTo(new Page<>(List.of("a", "b"), "c1", true))
        .hasSameHashCodeAs(new Page<>(List.of("a", "b"), "c1", true))
        .isNotEqualTo(new Page<>(List.of("a"), "c1", true))
        .isNotEqualTo(new Page<>(List.of("a", "b"), "c2", true))
        .isNotEqualTo(new Page<>(List.of("a", "b"), "c1", false))
        .isNotEqualTo("a page");
    assertThat(page.hasMore()).isTrue();
    assertThat(new Page<>(List.of(), null, false).hasMore()).isFalse();
    assertThat(page).hasToString("Page{items=[a, b], nextCursor=c1, hasMore=true}");
    assertThat(page.map(String::toUpperCase)).isEqualTo(new Page<>(List.of("A", "B"), "c1", true));
  }
}
