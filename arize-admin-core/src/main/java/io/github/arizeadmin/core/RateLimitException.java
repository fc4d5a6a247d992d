package io.github.arizeadmin.core;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: rate limited. Thrown once the retry policy gave up (or for calls that are never retried). */
public final class RateLimitException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  RateLimitException(String message, HttpFailure failure) {
    super(message, null, failure);
    this.retryAfter = failure.retryAfter();
  }

  /**
   * Returns the delay the server asked for in its {@code Retry-After} header.
   *
   * @return the delay, when the header was present and readable
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
