package io.github.arizeadmin.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrinterTest {
  record Row(String id, String name, String note) {
    String json() {
      return "{\"id\":\"" + id + "\",\"count\":1.50e3,\"name\":\"" + name.replace("\"", "\\\"") + "\",\"tags\":[],\"on\":true}";
    }
  }

  private static final View<Row> VIEW = new View<>("rows", "rows", List.of(new View.Column<>("id", Row::id),
      new View.Column<>("name", Row::name), new View.Column<>("note", Row::note)), Row::json);

  private static String print(Format format, int width, java.util.function.Consumer<Printer> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.accept(new Printer(format, new PrintStream(bytes, true, StandardCharsets.UTF_8), width));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTableFitsTheWidthByShorteningTheWidestColumn() {
    List<Row> rows = List.of(new Row("id-1", "a very long name that would not fit in a narrow terminal", "short"),
        new Row("id-2", "b", "multi\nline"));

    String wide = print(Format.TABLE, 0, p -> p.list(VIEW, rows, false, null));
    String narrow = print(Format.TABLE, 40, p -> p.list(VIEW, rows, false, null));

    assertThat(wide.lines()).allSatisfy(line -> assertThat(line).doesNotContain("..."));
    assertThat(wide.lines().findFirst()).hasValue("ID    NAME                                                      NOTE");
    assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    assertThat(narrow).contains("id-1  a very long name th...  short").contains("multi line");
  }

  @Test
  void aSingleObjectIsFieldLinesThatWrapToTheWidth() {
    String text = print(Format.TABLE, 30, p -> p.item(VIEW, new Row("id-1", "one two three four five six seven", "")));

    assertThat(text).isEqualTo("""
        id:    id-1
        name:  one two three four five
               six seven
        note:
        """);
  }

  @Test
  void csvHasAHeaderAndQuotesWhatNeedsIt() {
    String text = print(Format.CSV, 0, p -> p.list(VIEW, List.of(new Row("1", "Smith, Jane", "said \"hi\""),
        new Row("2", " padded ", "two\nlines")), false, null));

    assertThat(text).isEqualTo("id,name,note\n1,\"Smith, Jane\",\"said \"\"hi\"\"\"\n2,\" padded \",\"two\nlines\"\n");
  }

  @Test
  void jsonIsTheServicesOwnJsonIndentedWithNumbersUntouched() {
    String item = print(Format.JSON, 0, p -> p.item(VIEW, new Row("1", "a\"b", "")));
    String list = print(Format.JSON, 0, p -> p.list(VIEW, List.of(new Row("1", "x", "")), true, "c/1+="));

    assertThat(item).isEqualTo("""
        {
          "id": "1",
          "count": 1.50e3,
          "name": "a\\"b",
          "tags": [],
          "on": true
        }
        """);
    assertThat(list).startsWith("{\n  \"rows\": [\n    {\n      \"id\": \"1\",")
        .endsWith("  ],\n  \"pagination\": {\n    \"has_more\": true,\n    \"next_cursor\": \"c/1+=\"\n  }\n}\n");
  }

  @Test
  void anEmptyListIsAHeaderOnlyTableOrCsvAndAnEmptyEnvelope() {
    assertThat(print(Format.CSV, 0, p -> p.list(VIEW, List.of(), false, null))).isEqualTo("id,name,note\n");
    assertThat(print(Format.JSON, 0, p -> p.list(VIEW, List.of(), false, null)))
        .isEqualTo("{\n  \"rows\": [],\n  \"pagination\": {\n    \"has_more\": false\n  }\n}\n");
  }
}
