package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.cli.output.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One page by default (15, as ax), the next with --cursor, every page with --all. */
class PagingTest extends FakeApiTest {
  @BeforeEach
  void fortyOrganizations() {
    StringBuilder organizations = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      organizations.append(i == 1 ? "" : ",").append("{\"name\": \"org-%02d\"}".formatted(i));
    }
    fake.seed("{\"accounts\": [{\"name\": \"default\", \"organizations\": [" + organizations + "]}]}");
  }

  @Test
  void theFirstPageHasFifteenAndSaysHowToGetTheNext() {
    Result first = run("organizations", "list");

    List<String> names = Shown.column(Format.TABLE, first.out(), "organizations", "name");
    assertThat(names).hasSize(15).startsWith("Default Organization", "org-01");
    assertThat(first.err()).contains("More organizations follow: add --cursor ").contains("or --all");
  }

  @Test
  void theJsonPageCarriesTheServicesPaginationAndTheCursorLeadsOn() {
    Result first = run("organizations", "list", "-l", "20", "-o", "json");
    Map<String, Object> page = Shown.json(first.out());
    Map<String, Object> pagination = Shown.asMap(page.get("pagination"));
    Result second = run("organizations", "list", "-l", "20", "-o", "json", "--cursor", (String) pagination.get("next_cursor"));
    Map<String, Object> secondPagination = Shown.asMap(Shown.json(second.out()).get("pagination"));

    assertThat(pagination).containsEntry("has_more", true);
    assertThat(first.err()).isEmpty();
    assertThat(Shown.column(Format.JSON, second.out(), "organizations", "name")).hasSize(20).startsWith("org-20")
        .endsWith("org-39");
    assertThat(secondPagination).containsEntry("has_more", true);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void allFollowsEveryPage(Format format) {
    Result all = run("organizations", "list", "--all", "-l", "7", "-o", format.spelling());

    List<String> expected = new ArrayList<>(List.of("Default Organization"));
    for (int i = 1; i <= 40; i++) {
      expected.add("org-%02d".formatted(i));
    }
    assertThat(Shown.column(format, all.out(), "organizations", "name")).isEqualTo(expected);
    if (format == Format.JSON) {
      assertThat(Shown.json(all.out()).get("pagination")).isEqualTo(Map.of("has_more", false));
    }
  }

  @Test
  void progressIsDrawnOnlyWhenStandardErrorIsATerminal() {
    Result piped = run("organizations", "list", "--all", "-l", "10");
    Result onTerminal = run(console -> console.stderrTerminal(true), "organizations", "list", "--all", "-l", "10");

    assertThat(piped.err()).isEmpty();
    assertThat(onTerminal.err()).contains("\rFetched 10 organizations (1 page)...")
        .contains("\rFetched 41 organizations (5 pages)...");
    assertThat(onTerminal.out()).isEqualTo(piped.out());
  }
}
