package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.SeedResult;
import java.time.Duration;
import java.time.Instant;

/** What the operator surface ({@code /__admin}) does to the running fake. */
public interface Operator {
  /** @return the admin's raw key (guards {@code /__admin}) */
  String adminKey();

  /** Back to the fresh state. */
  void reset();

  /**
   * Replaces the state with the fresh state plus a seed document.
   *
   * @param seedJson the document
   * @return what it created
   */
  SeedResult seed(String seedJson);

  /** @return the state in the seed format */
  String exportState();

  /**
   * Moves the clock forward.
   *
   * @param by how far
   * @return the new time
   */
  Instant advanceClock(Duration by);
}
