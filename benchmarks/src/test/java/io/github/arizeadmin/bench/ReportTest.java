package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void tablesArePaddedMarkdownWithTheirNotesBelow() {
    Report report = new Report();
    report.headerLine("### run");
    Report.Table table = report.table("Throughput", "Target", "req/s");
    table.row("fake", "77,500");
    table.row("vertx");
    table.note("one core");
    assertThat(report.markdown()).isEqualTo("""
        ### run

        #### Throughput

        | Target | req/s  |
        |--------|--------|
        | fake   | 77,500 |
        | vertx  |        |

        - one core
        """);
  }

  @Test
  void figuresAreFormattedWithSensiblePrecision() {
    assertThat(Report.millis(0.4567)).isEqualTo("0.46");
    assertThat(Report.millis(18.04)).isEqualTo("18.0");
    assertThat(Report.millis(470.4)).isEqualTo("470");
    assertThat(Report.millis(Double.NaN)).isEqualTo("n/a");
    assertThat(Report.seconds(Duration.ofMillis(8700))).isEqualTo("8.70 s");
    assertThat(Report.megabytes(787_000_000L)).isEqualTo("787 MB");
    assertThat(Report.count(137_123.6)).isEqualTo("137,124");
  }
}
