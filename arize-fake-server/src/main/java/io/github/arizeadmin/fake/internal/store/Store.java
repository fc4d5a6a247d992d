package io.github.arizeadmin.fake.internal.store;

import java.util.function.Function;

/**
 * The state behind the fake: reads run concurrently, writes one at a time (linearizable), and a
 * write that throws leaves no trace (all-or-nothing, cascades included).
 */
public interface Store {
  /**
   * Runs a read.
   *
   * @param work the read
   * @param <T> the result type
   * @return its result
   */
  <T> T read(Function<State, T> work);

  /**
   * Runs a write, undone completely if it throws.
   *
   * @param work the write
   * @param <T> the result type
   * @return its result
   */
  <T> T write(Function<State, T> work);

  /**
   * Replaces the whole state at once (reset, seed): the new state was built aside, so a seed of a
   * million records needs no undo log and a failed one never shows.
   *
   * @param state the new state
   */
  void replace(State state);

  /** @return a store holding an empty state */
  static Store inMemory() {
    return new InMemoryStore(new State());
  }
}
