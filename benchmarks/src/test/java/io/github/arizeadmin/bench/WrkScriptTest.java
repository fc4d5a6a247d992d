package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrkScriptTest {

  @Test
  void oneRequestIsBuiltOnceByWrkWithTheKeyAndBody() {
    String lua = Wrk.script(List.of(HttpCall.post("/v2/organizations/T3Jn/users", "{\"user_id\":\"VXNl\"}")));
    assertThat(lua).contains("wrk.headers[\"Authorization\"] = \"Bearer " + Layout.ADMIN_KEY + "\"")
        .contains("wrk.method = \"POST\"")
        .contains("wrk.headers[\"Content-Type\"] = \"application/json\"")
        .contains("wrk.body = [=[{\"user_id\":\"VXNl\"}]=]")
        .doesNotContain("request = function");
  }

  @Test
  void aGetCarriesNoBodyAndNoContentType() {
    String lua = Wrk.script(List.of(HttpCall.get("/v2/spaces/U3Bh")));
    assertThat(lua).contains("wrk.method = \"GET\"").doesNotContain("wrk.body").doesNotContain("Content-Type");
  }

  @Test
  void severalRequestsAreFormattedOnceAndSentInTurn() {
    String lua = Wrk.script(List.of(HttpCall.post("/a", "{\"n\":1}"), HttpCall.post("/a", "{\"n\":2}")));
    assertThat(lua).contains("{[=[POST]=], [=[/a]=], [=[{\"n\":1}]=]}")
        .contains("{[=[POST]=], [=[/a]=], [=[{\"n\":2}]=]}")
        .contains("formatted[i] = wrk.format(")
        .contains("request = function()");
  }

  @Test
  void aBodyContainingTheClosingBracketGetsALongerBracket() {
    String lua = Wrk.script(List.of(HttpCall.post("/a", "{\"x\":\"]=]\"}")));
    assertThat(lua).contains("wrk.body = [==[{\"x\":\"]=]\"}]==]");
  }

  @Test
  void theDoneHookPrintsTheResultLineTheRunnerParses() {
    assertThat(Wrk.script(List.of(HttpCall.get("/")))).contains("done = function(summary, latency, requests)")
        .contains("\"BENCH_RESULT \"")
        .contains("latency:percentile(99)")
        .contains("e.connect + e.read + e.write + e.status + e.timeout");
  }
}
