package io.github.arizeadmin.fake;

import io.github.arizeadmin.fake.state.FakeState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the fake's operator surface ({@code /__admin}) offers, in Java: state (reset, seed,
 * export, the typed snapshot), injected faults, the fake's clock, the journal of {@code /v2}
 * requests and its verification. {@link ArizeFakeServer} implements it in process; the Testcontainers module's
 * container implements it over HTTP, so a test reads the same either way.
 *
 * <pre>{@code
 * fake.injectFault(Fault.status(503).forOperation("listUsers").times(2)); // fails twice, then succeeds
 * client.users().list();                                                   // retried until it succeeds
 * fake.verify(3, RequestPattern.operation("listUsers"));
 * fake.verify(RequestPattern.operation("createUser").withBodyField("email", "jane@example.com"));
 * }</pre>
 */
public interface FakeAdmin {
  /** Back to the fresh state (same admin key); the clock, journal and faults are left alone. */
  void reset();

  /**
   * Replaces the state with the fresh state plus a seed document (all or nothing).
   *
   * @param seedJson the seed document (format in the fake's README)
   * @return the IDs and raw keys it created
   * @throws FakeServerException naming the JSON path of the first problem; the state is unchanged
   */
  SeedResult seed(String seedJson);

  /** @return the whole state in the seed format (API keys as hashes, never raw), as JSON */
  String exportState();

  /**
   * A typed, immutable snapshot of the whole state: users, organizations, spaces, projects, custom
   * roles, and for each user their organization and space memberships (with roles), role bindings
   * and API keys (never a raw key). Taking it copies the state; meant for the assertions of a test.
   *
   * @return the snapshot
   */
  FakeState state();

  /**
   * Adds a fault after those already injected (see {@link Fault}).
   *
   * @param fault the fault
   * @throws IllegalArgumentException when its operation is not an operation of the contract
   */
  void injectFault(Fault fault);

  /** @return the faults not used up yet, in the order they apply, each with the uses it has left as {@code times} */
  List<Fault> faults();

  /** Forgets every injected fault. */
  void clearFaults();

  /** @return the fake's current time (it stamps created objects and decides key expiry) */
  Instant now();

  /**
   * Moves the fake's clock forward (key expiry, grace periods); it never goes back.
   *
   * @param by how far, whole seconds, 0 or more
   * @return the new time
   * @throws IllegalArgumentException when negative
   */
  Instant advanceClock(Duration by);

  /**
   * @return the {@code /v2} requests received since the journal was last cleared, oldest first; a
   *     call's entry is there as soon as the call has returned
   */
  List<JournalEntry> requests();

  /**
   * @param operationId a contract operation, e.g. {@code createUser}
   * @return the requests of that operation, oldest first
   * @throws IllegalArgumentException when it is not an operation of the contract
   */
  default List<JournalEntry> requests(String operationId) {
    return requests(RequestPattern.operation(operationId));
  }

  /**
   * @param pattern which requests
   * @return the requests matching it, oldest first
   * @throws IllegalArgumentException when its operation is not an operation of the contract
   */
  List<JournalEntry> requests(RequestPattern pattern);

  /** Forgets the requests received so far. */
  void clearRequests();

  /**
   * Checks that the fake received this many requests matching a pattern.
   *
   * @param count how many are expected
   * @param pattern which requests
   * @return the matching requests, oldest first
   * @throws AssertionError when the number differs, saying what was expected and listing what was
   *     received: the matching requests and the closest ones that did not match, with why
   * @throws IllegalArgumentException when the pattern's operation is not an operation of the contract
   */
  List<JournalEntry> verify(RequestCount count, RequestPattern pattern);

  /**
   * Checks that the fake received at least one request matching a pattern.
   *
   * @param pattern which requests
   * @return the matching requests, oldest first
   * @throws AssertionError when there is none, listing the closest requests received
   * @throws IllegalArgumentException when the pattern's operation is not an operation of the contract
   */
  default List<JournalEntry> verify(RequestPattern pattern) {
    return verify(RequestCount.atLeast(1), pattern);
  }

  /**
   * Checks that the fake received exactly this many requests matching a pattern.
   *
   * @param count how many
   * @param pattern which requests
   * @return the matching requests, oldest first
   * @throws AssertionError when the number differs, listing what was received
   * @throws IllegalArgumentException when the pattern's operation is not an operation of the contract
   */
  default List<JournalEntry> verify(int count, RequestPattern pattern) {
    return verify(RequestCount.exactly(count), pattern);
  }
}
