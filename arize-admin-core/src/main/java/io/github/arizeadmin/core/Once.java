package io.github.arizeadmin.core;

import java.util.function.Supplier;

/**
 * A value computed on first use, exactly once, then remembered: the name lookups of a lazy listing
 * run when its first page is fetched, and never again for its later pages or iterations (an
 * {@code AtomicReference.updateAndGet} may run its function more than once).
 *
 * @param <T> the value type
 */
final class Once<T> implements Supplier<T> {
  private Supplier<T> compute;
  private T value;

  Once(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public synchronized T get() {
    if (compute != null) {
      value = compute.get();
      compute = null;
    }
    return value;
  }
}
