package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfOneToAHundredMicroseconds() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (100 - i) * 1_000L;
    }
    Percentiles p = Percentiles.of(nanos);
    assertThat(p.count()).isEqualTo(100);
    assertThat(p.p50Micros()).isEqualTo(50.0);
    assertThat(p.p99Micros()).isEqualTo(99.0);
    assertThat(p.p99Millis()).isEqualTo(0.099);
  }

  @Test
  void oneSampleIsEveryPercentileAndNoSampleIsNone() {
    Percentiles one = Percentiles.of(new long[] {2_000_000});
    assertThat(one.p50Millis()).isEqualTo(2.0);
    assertThat(one.p99Millis()).isEqualTo(2.0);
    Percentiles none = Percentiles.of(new long[0]);
    assertThat(none.count()).isZero();
    assertThat(none.p50Micros()).isNaN();
  }

  @Test
  void medianOfStartUpTimesAveragesTheMiddlePair() {
    assertThat(StartupPhase.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(StartupPhase.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }
}
