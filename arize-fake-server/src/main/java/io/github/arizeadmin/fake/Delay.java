package io.github.arizeadmin.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * A wait before the fake answers (or drops the connection), in whole milliseconds: fixed, or drawn
 * uniformly at random between two bounds for each request.
 *
 * @param min the shortest wait
 * @param max the longest wait (equal to {@code min} for a fixed delay)
 */
public record Delay(Duration min, Duration max) {
  /** The longest delay the fake accepts: a mistake should not hang a test for longer. */
  public static final Duration LONGEST = Duration.ofMinutes(5);

  /**
   * Checks the bounds.
   *
   * @param min the shortest wait
   * @param max the longest wait
   * @throws IllegalArgumentException when a bound is negative or over {@link #LONGEST}, or
   *     {@code max < min}
   * @throws NullPointerException when a bound is null
   */
  public Delay {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.isNegative() || max.compareTo(LONGEST) > 0 || max.compareTo(min) < 0) {
      String got = min.equals(max) ? min.toMillis() + " ms" : min.toMillis() + " to " + max.toMillis() + " ms";
      throw new IllegalArgumentException("delay: between 0 and " + LONGEST.toMillis() + " ms, with the lower bound"
          + " not above the upper one, is required (got " + got + ").");
    }
  }

  /**
   * A fixed wait.
   *
   * @param delay how long
   * @return the delay
   * @throws IllegalArgumentException when negative or over {@link #LONGEST}
   */
  public static Delay fixed(Duration delay) {
    return new Delay(delay, delay);
  }

  /**
   * A wait drawn uniformly between two bounds (both included) for each request.
   *
   * @param min the shortest wait
   * @param max the longest wait
   * @return the delay
   * @throws IllegalArgumentException when a bound is negative or over {@link #LONGEST}, or
   *     {@code max < min}
   */
  public static Delay uniform(Duration min, Duration max) {
    return new Delay(min, max);
  }

  /** @return whether every request waits the same time */
  public boolean isFixed() {
    return min.toMillis() == max.toMillis();
  }

  @Override
  public String toString() {
    return isFixed() ? min.toMillis() + " ms" : min.toMillis() + " to " + max.toMillis() + " ms";
  }
}
