package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LoadResultTest {

  @Test
  void theResultLineIsFoundAmongWrksOwnOutput() {
    String output = """
        Running 15s test @ http://127.0.0.1:1234/v2/spaces/abc
          1 threads and 64 connections
        BENCH_RESULT {"requests":150000,"seconds":15.0,"p50_us":410.5,"p99_us":2100.0,"errors":3}
        """;
    LoadResult result = LoadResult.parse(output);
    assertThat(result.requests()).isEqualTo(150_000);
    assertThat(result.perSecond()).isEqualTo(10_000.0);
    assertThat(result.p50Micros()).isEqualTo(410.5);
    assertThat(result.p99Micros()).isEqualTo(2100.0);
    assertThat(result.errors()).isEqualTo(3);
  }

  @Test
  void aResultPrintedAsALineParsesBackToItself() {
    LoadResult result = new LoadResult(42, 1.5, 12.25, 99.5, 0);
    assertThat(LoadResult.parse("noise\n" + result.line() + "\n")).isEqualTo(result);
  }

  @Test
  void outputWithoutAResultLineFailsShowingTheOutput() {
    assertThatThrownBy(() -> LoadResult.parse("unable to connect to 127.0.0.1:1 Connection refused"))
        .hasMessageContaining("no result line").hasMessageContaining("Connection refused");
  }
}
