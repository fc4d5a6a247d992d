package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.Delay;
import io.github.arizeadmin.fake.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Injected faults, in the order they apply: each matching {@code /v2} request takes one use of the first. */
public final class Faults {
  private final List<Fault> faults = new ArrayList<>();

  /** Creates an empty set of faults. */
  public Faults() {
  }

  /**
   * @param fault a fault, applied after those already there (its operation already checked)
   */
  public synchronized void add(Fault fault) {
    faults.add(fault);
  }

  /** Forgets every fault. */
  public synchronized void clear() {
    faults.clear();
  }

  /** @return the faults not used up, each with the uses it has left as {@code times} */
  public synchronized List<Fault> list() {
    return List.copyOf(faults);
  }

  /** Takes one use of the first fault matching {@code operationId}, if any. */
  synchronized Fault take(String operationId) {
    for (int i = 0; i < faults.size(); i++) {
      Fault fault = faults.get(i);
      if (fault.operationId() == null || fault.operationId().equals(operationId)) {
        if (fault.times() <= 1) {
          faults.remove(i);
        } else {
          faults.set(i, fault.times(fault.times() - 1));
        }
        return fault;
      }
    }
    return null;
  }

  /** @return the wait before a fault acts, in ms: its delay, drawn uniformly for a range; 0 without one */
  static long waitMillis(Fault fault) {
    Delay delay = fault.delay();
    if (delay == null) {
      return 0;
    }
    long min = delay.min().toMillis();
    long max = delay.max().toMillis();
    return min >= max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
  }
}
