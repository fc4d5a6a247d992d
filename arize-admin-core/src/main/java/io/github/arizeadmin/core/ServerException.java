package io.github.arizeadmin.core;

import java.time.Duration;
import java.util.Optional;

/** HTTP 5xx: the service failed. 502, 503 and 504 are retried for idempotent calls before this is thrown. */
public final class ServerException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  ServerException(String message, HttpFailure failure) {
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
