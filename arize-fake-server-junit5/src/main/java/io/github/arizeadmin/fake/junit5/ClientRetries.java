package io.github.arizeadmin.fake.junit5;

import io.github.arizeadmin.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The retries of the client injected into the same test: the wait the client chose before each
 * retry (its backoff, or the server's {@code Retry-After} when longer), in order.
 *
 * <pre>{@code
 * @Test
 * void backsOffAsTheServerAsks(ArizeAdminClient arize, ArizeFakeServer fake, ClientRetries retries) {
 *   // inject a 429 with Retry-After: 30 through POST /__admin/faults, then:
 *   arize.organizations().list();
 *   assertThat(retries.waits()).containsExactly(Duration.ofSeconds(30)); // skipped, not slept
 * }
 * }</pre>
 *
 * <p>With {@link ArizeFakeServerTest.RetryWaits#NONE} (the default) the waits are skipped, and the
 * client's clock moves forward by each skipped wait, so the retry policy's total-time bound gives up
 * exactly where it would have with real waits. Thread-safe.
 */
public final class ClientRetries {
  private final ArizeFakeServerTest.RetryWaits mode;
  private final List<Duration> waits = new ArrayList<>();
  private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

  ClientRetries(ArizeFakeServerTest.RetryWaits mode) {
    this.mode = mode;
  }

  /**
   * Returns the waits before each retry, oldest first.
   *
   * @return a copy of the list, empty when the client has not retried
   */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  /**
   * Returns how many retries the client made.
   *
   * @return the number of waits
   */
  public synchronized int count() {
    return waits.size();
  }

  /**
   * Returns whether the waits were skipped or really slept.
   *
   * @return the annotation's {@link ArizeFakeServerTest#retryWaits()}
   */
  public ArizeFakeServerTest.RetryWaits mode() {
    return mode;
  }

  /** The sleeper handed to the client: records each wait, then skips it or sleeps it. */
  Sleeper sleeper() {
    return delay -> {
      synchronized (this) {
        waits.add(delay);
      }
      if (mode == ArizeFakeServerTest.RetryWaits.REAL) {
        Sleeper.THREAD_SLEEP.sleep(delay);
      } else {
        skipped.updateAndGet(total -> total.plus(delay));
      }
    };
  }

  /** The clock handed to the client: the system clock plus every wait skipped so far. */
  Clock clock() {
    return new SkippedTimeClock(Clock.systemUTC(), skipped);
  }

  @Override
  public synchronized String toString() {
    return "ClientRetries{mode=" + mode + ", waits=" + waits + "}";
  }

  /** Time as the client would see it had it slept: a skipped wait still moves it forward. */
  private static final class SkippedTimeClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> skipped;

    SkippedTimeClock(Clock base, AtomicReference<Duration> skipped) {
      this.base = base;
      this.skipped = skipped;
    }

    @Override
    public ZoneId getZone() {
      return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new SkippedTimeClock(base.withZone(zone), skipped);
    }

    @Override
    public Instant instant() {
      return base.instant().plus(skipped.get());
    }
  }
}
