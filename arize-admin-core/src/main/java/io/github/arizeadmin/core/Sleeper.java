package io.github.arizeadmin.core;

import java.time.Duration;

/**
 * Waits between retry attempts. The default sleeps the calling thread; tests inject one that records
 * the delays and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /** The sleeper that blocks the calling thread. */
  Sleeper THREAD_SLEEP = delay -> Thread.sleep(delay.toMillis());

  /**
   * Waits.
   *
   * @param delay how long to wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration delay) throws InterruptedException;
}
