package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddedStartupTest {

  @Test
  void printsTheFirstStartAndEachLaterOne() {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      EmbeddedStartup.main(new String[] {"3"});
    } finally {
      System.setOut(out);
    }
    JsonObject result = LoadResult.resultJson(printed.toString(StandardCharsets.UTF_8));
    assertThat(result.getDouble("first_ms")).isPositive();
    assertThat(result.getJsonArray("later_ms")).hasSize(3);
  }
}
