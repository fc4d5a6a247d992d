package io.github.arizeadmin.fake.internal.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that follows another one plus an offset that operators can move forward. */
public final class AdjustableClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  /**
   * @param base the clock to follow
   */
  public AdjustableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far (not negative)
   */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("The clock only moves forward");
    }
    offset.updateAndGet(d -> d.plus(by));
  }

  /** Forgets every advance. */
  public void resetOffset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new AdjustableClock(base.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
