package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmProbeTest {

  @Test
  void theHistogramTotalIsTheLiveByteCount() {
    String histogram = """
        12345:
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:        120000        9600000  java.lang.String (java.base@17.0.15)
           2:          5000         240000  java.util.HashMap$Node (java.base@17.0.15)
        Total        125000        9840000
        """;
    assertThat(JvmProbe.histogramTotal(histogram)).isEqualTo(9_840_000L);
    assertThatThrownBy(() -> JvmProbe.histogramTotal("12345:\nCould not attach")).hasMessageContaining("Total");
  }

  @Test
  void thePeakResidentSetComesFromVmHwm() {
    String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  812344 kB\nVmRSS:\t  700000 kB\n";
    assertThat(JvmProbe.peakResident(status)).hasValue(812_344L * 1024);
    assertThat(JvmProbe.peakResident("Name:\tjava\n")).isEmpty();
  }

  @Test
  void jcmdMeasuresTheLiveHeapOfARunningJvm(@TempDir Path work) {
    long live = JvmProbe.liveHeapBytes(TestLayouts.in(work), ProcessHandle.current().pid());
    assertThat(live).isGreaterThan(1_000_000L).isLessThan(Runtime.getRuntime().totalMemory());
  }
}
