package io.github.arizeadmin.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.Fault;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The wait of a fault's delay: fixed, or drawn uniformly between the bounds, both included. */
class FaultWaitTest {
  @Test
  void aFixedDelayAlwaysWaitsTheSameAndNoDelayWaitsNothing() {
    assertThat(Faults.waitMillis(Fault.status(503).afterDelay(Duration.ofMillis(250)))).isEqualTo(250);
    assertThat(Faults.waitMillis(Fault.status(503))).isZero();
  }

  @Test
  void aRandomDelayTakesEveryValueBetweenItsBoundsAndNoOther() {
    Fault fault = Fault.latency(Duration.ofMillis(10), Duration.ofMillis(12));
    Set<Long> seen = new TreeSet<>();
    for (int i = 0; i < 2_000; i++) {
      seen.add(Faults.waitMillis(fault));
    }
    // each value has probability 1/3 per draw: missing one in 2,000 draws is not going to happen
    assertThat(seen).containsExactly(10L, 11L, 12L);
  }
}
