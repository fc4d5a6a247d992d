package io.github.arizeadmin.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-request overrides of the client's configuration: the whole-call timeout and the retry policy.
 * Immutable; apply with {@code client.users().withOptions(options)} (or on any sub-client), which
 * returns a view whose every call, later pages of its lists included, uses these values.
 *
 * <pre>{@code
 * client.users().withOptions(RequestOptions.defaults().withTimeout(Duration.ofSeconds(5)).withoutRetries())
 *     .delete(userId);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = new RequestOptions(null, null);

  private final Duration timeout;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Duration timeout, RetryPolicy retryPolicy) {
    this.timeout = timeout;
    this.retryPolicy = retryPolicy;
  }

  /**
   * Returns options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with a whole-call timeout (connect, write, server time and read, per attempt).
   *
   * @param callTimeout a positive duration
   * @return new options
   * @throws IllegalArgumentException when not positive
   */
  public RequestOptions withTimeout(Duration callTimeout) {
    Objects.requireNonNull(callTimeout, "callTimeout");
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + callTimeout);
    }
    return new RequestOptions(callTimeout, retryPolicy);
  }

  /**
   * Returns these options with another retry policy.
   *
   * @param policy the policy
   * @return new options
   */
  public RequestOptions withRetryPolicy(RetryPolicy policy) {
    return new RequestOptions(timeout, Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns these options with retries disabled.
   *
   * @return new options
   */
  public RequestOptions withoutRetries() {
    return withRetryPolicy(RetryPolicy.none());
  }

  /**
   * Returns the timeout override.
   *
   * @return the timeout, empty to use the client's
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the retry policy override.
   *
   * @return the policy, empty to use the client's
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions options && Objects.equals(options.timeout, timeout)
        && Objects.equals(options.retryPolicy, retryPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, retryPolicy);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", retryPolicy=" + retryPolicy + "}";
  }
}
