package io.github.arizeadmin.fake.internal.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Injected failures: the next N matching {@code /v2} requests answer a given Problem. */
public final class Faults {
  /** Statuses a fault may answer. */
  static final Set<Integer> STATUSES = Set.of(429, 500, 502, 503, 504);

  /**
   * One injected failure.
   *
   * @param operationId the operation it applies to, or null for every operation
   * @param status the status to answer
   * @param remaining how many more requests it answers
   * @param retryAfterSeconds the Retry-After header, or null
   */
  record Fault(String operationId, int status, int remaining, Integer retryAfterSeconds) {
    Map<String, Object> view() {
      Map<String, Object> out = new LinkedHashMap<>();
      if (operationId != null) {
        out.put("operation_id", operationId);
      }
      out.put("status", status);
      out.put("times", remaining);
      if (retryAfterSeconds != null) {
        out.put("retry_after_seconds", retryAfterSeconds);
      }
      return out;
    }
  }

  private final List<Fault> faults = new ArrayList<>();

  /** Creates an empty set of faults. */
  public Faults() {
  }

  synchronized void add(Fault fault) {
    faults.add(fault);
  }

  /** Forgets every fault. */
  public synchronized void clear() {
    faults.clear();
  }

  synchronized List<Map<String, Object>> views() {
    return faults.stream().map(Fault::view).toList();
  }

  /** Takes one use of the first fault matching {@code operationId}, if any. */
  synchronized Fault take(String operationId) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext();) {
      Fault fault = it.next();
      if (fault.operationId() == null || fault.operationId().equals(operationId)) {
        int index = faults.indexOf(fault);
        if (fault.remaining() <= 1) {
          it.remove();
        } else {
          faults.set(index, new Fault(fault.operationId(), fault.status(), fault.remaining() - 1,
              fault.retryAfterSeconds()));
        }
        return fault;
      }
    }
    return null;
  }
}
