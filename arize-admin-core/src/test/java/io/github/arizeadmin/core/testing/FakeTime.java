package io.github.arizeadmin.core.testing;

import io.github.arizeadmin.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the sleeper "sleeps": retries run instantly and their waits are recorded. */
public final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now = Instant.parse("2026-03-01T12:00:00Z");
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration delay) {
    sleeps.add(delay);
    now = now.plus(delay);
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
