package io.github.arizeadmin.fake;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * An injected failure: the next {@code times} {@code /v2} requests of an operation (or of any
 * operation) answer a Problem with the given status, or lose their connection, or only wait, each
 * optionally after a delay. The requests after them are answered as usual, so "fail twice, then
 * succeed" reads:
 *
 * <pre>{@code
 * fake.injectFault(Fault.status(503).forOperation("listUsers").times(2));
 * fake.injectFault(Fault.dropConnection().forOperation("createUser"));
 * fake.injectFault(Fault.status(500).afterDelay(Duration.ofMillis(200)));
 * fake.injectFault(Fault.latency(Duration.ofMillis(50), Duration.ofMillis(150)).times(10)); // then the real answer
 * }</pre>
 *
 * <p>Faults apply in the order they were injected: a request takes one use of the first fault that
 * matches its operation. Over HTTP the same fault is {@code POST /__admin/faults} (shape in the
 * module README).
 *
 * @param operationId the contract operation it applies to, e.g. {@code listUsers}; null for every
 *     {@code /v2} request
 * @param times how many requests it applies to (when listed by the fake: how many are left)
 * @param status the status of the Problem answered, one of {@link #STATUSES}; null when the fault
 *     drops the connection or only delays
 * @param retryAfterSeconds the {@code Retry-After} header sent with the status (a 429 always has
 *     one: 1 unless given); null for none
 * @param connection what happens to the connection instead of an answer; null to answer
 * @param delay a wait before the answer (or before the connection is dropped); null for none
 */
public record Fault(String operationId, int times, Integer status, Integer retryAfterSeconds, Connection connection,
    Delay delay) {
  /** The statuses a fault may answer: the transient failures a client is expected to handle. */
  public static final Set<Integer> STATUSES = Set.of(429, 500, 502, 503, 504);

  /** What a fault does to the connection instead of answering. */
  public enum Connection {
    /** The fake closes the connection without answering: the client reads end-of-stream. */
    DROP,
    /** The fake resets the connection (TCP RST): the client reads "connection reset by peer". */
    RESET
  }

  /**
   * Checks the fault; the messages name the JSON field of {@code POST /__admin/faults}.
   *
   * @param operationId the operation, or null for every one
   * @param times how many requests, 1 or more
   * @param status the status, or null
   * @param retryAfterSeconds the Retry-After seconds, or null (1 for a 429)
   * @param connection the connection fault, or null
   * @param delay the delay, or null
   * @throws IllegalArgumentException when the fault does nothing, does two things, or a value is out
   *     of range
   */
  public Fault {
    if (operationId != null && operationId.isBlank()) {
      throw new IllegalArgumentException("operation_id: an operation of the contract, or none for every operation, is required.");
    }
    if (times < 1) {
      throw new IllegalArgumentException("times: a positive integer is required (got " + times + ").");
    }
    if (status != null && !STATUSES.contains(status)) {
      throw new IllegalArgumentException("status: one of " + new TreeSet<>(STATUSES) + " is required (got " + status + ").");
    }
    if (status != null && connection != null) {
      throw new IllegalArgumentException("status, connection: a fault answers a status or drops the connection, not both.");
    }
    if (status == null && connection == null && delay == null) {
      throw new IllegalArgumentException("A fault needs a status, a connection (DROP or RESET) or a delay.");
    }
    if (retryAfterSeconds != null && (status == null || retryAfterSeconds < 0)) {
      throw new IllegalArgumentException("retry_after_seconds: a non-negative integer, with a status, is required.");
    }
    if (retryAfterSeconds == null && status != null && status == 429) {
      retryAfterSeconds = 1;
    }
  }

  /**
   * A Problem with this status, once, for any operation.
   *
   * @param status one of {@link #STATUSES}
   * @return the fault
   * @throws IllegalArgumentException for another status
   */
  public static Fault status(int status) {
    return new Fault(null, 1, status, null, null, null);
  }

  /** @return a fault that closes the connection without an answer, once, for any operation */
  public static Fault dropConnection() {
    return new Fault(null, 1, null, null, Connection.DROP, null);
  }

  /** @return a fault that resets the connection (connection reset by peer), once, for any operation */
  public static Fault resetConnection() {
    return new Fault(null, 1, null, null, Connection.RESET, null);
  }

  /**
   * A slow answer: the request waits, then is answered as usual. Once, for any operation.
   *
   * @param delay how long
   * @return the fault
   * @throws IllegalArgumentException when negative or over {@link Delay#LONGEST}
   */
  public static Fault latency(Duration delay) {
    return new Fault(null, 1, null, null, null, Delay.fixed(delay));
  }

  /**
   * A slow answer: the request waits a time drawn uniformly between two bounds, then is answered as
   * usual. Once, for any operation.
   *
   * @param min the shortest wait
   * @param max the longest wait
   * @return the fault
   * @throws IllegalArgumentException when a bound is out of range or {@code max < min}
   */
  public static Fault latency(Duration min, Duration max) {
    return new Fault(null, 1, null, null, null, Delay.uniform(min, max));
  }

  /**
   * @param operationId a contract operation, e.g. {@code createUser}
   * @return this fault for that operation only
   */
  public Fault forOperation(String operationId) {
    return new Fault(operationId, times, status, retryAfterSeconds, connection, delay);
  }

  /**
   * @param times how many requests the fault applies to before they are answered as usual
   * @return this fault for that many requests
   * @throws IllegalArgumentException when below 1
   */
  public Fault times(int times) {
    return new Fault(operationId, times, status, retryAfterSeconds, connection, delay);
  }

  /**
   * @param seconds the {@code Retry-After} header's value
   * @return this fault with that header
   * @throws IllegalArgumentException when negative, or the fault answers no status
   */
  public Fault retryAfterSeconds(int seconds) {
    return new Fault(operationId, times, status, seconds, connection, delay);
  }

  /**
   * @param delay a fixed wait before the failure
   * @return this fault, waiting first
   * @throws IllegalArgumentException when negative or over {@link Delay#LONGEST}
   */
  public Fault afterDelay(Duration delay) {
    return new Fault(operationId, times, status, retryAfterSeconds, connection, Delay.fixed(delay));
  }

  /**
   * @param min the shortest wait before the failure
   * @param max the longest
   * @return this fault, waiting a time drawn uniformly between the bounds first
   * @throws IllegalArgumentException when a bound is out of range or {@code max < min}
   */
  public Fault afterDelay(Duration min, Duration max) {
    return new Fault(operationId, times, status, retryAfterSeconds, connection, Delay.uniform(min, max));
  }
}
