package io.github.arizeadmin.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How idempotent calls are retried on HTTP 429, 502, 503 and 504: exponential backoff with jitter,
 * honouring {@code Retry-After}, bounded in attempts and in total time. Non-idempotent calls are never
 * retried, whatever the policy (see {@link ArizeAdminClient} for the list).
 *
 * <p>The wait before retry {@code n} (1 for the first retry) is {@code min(maxBackoff, initialBackoff
 * * multiplier^(n-1))}, reduced by a random fraction of at most {@code jitter}; when the server sent a
 * {@code Retry-After}, the wait is at least that long. A retry whose wait would end after {@code
 * maxElapsed} since the first attempt is not made, and the last failure is thrown.
 *
 * @param maxAttempts the most attempts in total, first one included (1 disables retries)
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest computed wait (a longer {@code Retry-After} is still honoured)
 * @param multiplier the growth factor between waits, at least 1
 * @param jitter the largest fraction taken off a computed wait at random, from 0 to 1
 * @param maxElapsed the longest total time from the first attempt to the start of the last
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
    double jitter, Duration maxElapsed) {

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 2.0, 0.25, Duration.ofSeconds(60));

  /**
   * Checks the values.
   *
   * @param maxAttempts the most attempts
   * @param initialBackoff the first wait
   * @param maxBackoff the longest computed wait
   * @param multiplier the growth factor
   * @param jitter the random fraction
   * @param maxElapsed the total time bound
   * @throws IllegalArgumentException when a value is out of range
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requirePositiveOrZero(initialBackoff, "initialBackoff");
    requirePositiveOrZero(maxBackoff, "maxBackoff");
    requirePositiveOrZero(maxElapsed, "maxElapsed");
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
  }

  private static void requirePositiveOrZero(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
  }

  /**
   * Returns the default policy: 4 attempts, waits from 500 ms doubling up to 8 s, 25% jitter, 60 s in total.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return DEFAULTS.withMaxAttempts(1);
  }

  /**
   * Returns this policy with another attempt bound.
   *
   * @param attempts the most attempts in total, at least 1
   * @return a new policy
   */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, multiplier, jitter, maxElapsed);
  }

  /**
   * Returns this policy with other backoff bounds.
   *
   * @param initial the wait before the first retry
   * @param max the longest computed wait
   * @return a new policy
   */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, multiplier, jitter, maxElapsed);
  }

  /**
   * Returns this policy with another growth factor.
   *
   * @param factor at least 1
   * @return a new policy
   */
  public RetryPolicy withMultiplier(double factor) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, factor, jitter, maxElapsed);
  }

  /**
   * Returns this policy with another jitter.
   *
   * @param fraction from 0 (none) to 1
   * @return a new policy
   */
  public RetryPolicy withJitter(double fraction) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, fraction, maxElapsed);
  }

  /**
   * Returns this policy with another total time bound.
   *
   * @param total the longest time from the first attempt to the start of the last
   * @return a new policy
   */
  public RetryPolicy withMaxElapsed(Duration total) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, total);
  }

  /**
   * Computes the wait before a retry.
   *
   * @param retry 1 for the first retry, 2 for the second, ...
   * @param random a number in {@code [0, 1)} that picks the jitter
   * @param retryAfter the server's {@code Retry-After}, or {@code null}
   * @return the wait
   */
  Duration delayBefore(int retry, double random, Duration retryAfter) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, (double) maxBackoff.toNanos());
    Duration computed = Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
    if (retryAfter != null && retryAfter.compareTo(computed) > 0) {
      return retryAfter;
    }
    return computed;
  }
}
