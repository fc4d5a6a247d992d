package io.github.arizeadmin.pactverifier;

import static io.github.arizeadmin.pactverifier.TestPacts.KEY;
import static io.github.arizeadmin.pactverifier.TestPacts.interaction;
import static io.github.arizeadmin.pactverifier.TestPacts.v3;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the verifier reads: files and directories (searched for {@code *.json}), one line for a
 * path that gives no pact or a pact for another provider, HTTP interactions only; and what it
 * writes: the summary and the JUnit XML.
 */
class PactSourcesTest extends VerifierTest {
  private static final String LIST_ORGANIZATIONS = interaction("list organizations", "[]", """
      {"method": "GET", "path": "/v2/organizations", "headers": {"Authorization": "Bearer %s"}}""".formatted(KEY),
      "{\"status\": 200}");

  private List<String> lines(Report report) {
    return report.verdicts().stream().map(Verdict::line).map(l -> l.replace(dir + "/", "")).toList();
  }

  @Test
  void pathsThatGiveNoPactAreOneFailedLineEach() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("config.json"), "{\"name\": \"not a pact\"}");
    Report report = verifier.verify(List.of(dir.resolve("missing.json"), dir.resolve("empty"),
        dir.resolve("config.json")));
    assertThat(lines(report)).containsExactly(
        "FAIL missing.json: no such file or directory",
        "FAIL empty: no pact files (*.json) in this directory",
        "FAIL config.json: not a pact file (it needs consumer.name, provider.name and interactions)");
    assertThat(report.summary()).isEqualTo("Summary: 0 interactions, 0 passed, 0 failed; 3 pact files, 0 verified, "
        + "0 for another provider, 3 unreadable");
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void aDirectoryIsSearchedForJsonFilesBelowIt() throws IOException {
    Files.createDirectories(dir.resolve("team/pacts"));
    Files.writeString(dir.resolve("team/pacts/web-arize.json"), v3(LIST_ORGANIZATIONS));
    Files.writeString(dir.resolve("team/README.md"), "not a pact");
    Report report = verifier.verify(List.of(dir));
    assertThat(lines(report)).containsExactly("PASS team/pacts/web-arize.json (tests) \"list organizations\"");
    assertThat(report.summary()).isEqualTo("Summary: 1 interaction, 1 passed, 0 failed; 1 pact file, 1 verified, "
        + "0 for another provider, 0 unreadable");
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void onlyPactsForTheArizeProviderAreVerifiedOrThoseNamed() throws IOException {
    Files.writeString(dir.resolve("billing.json"), v3(LIST_ORGANIZATIONS).replace("arize-admin-api", "billing-api"));
    Files.writeString(dir.resolve("arize.json"), v3(LIST_ORGANIZATIONS).replace("arize-admin-api", "Arize Admin"));
    assertThat(lines(verifier.verify(List.of(dir)))).containsExactly(
        "PASS arize.json (tests) \"list organizations\"",
        "SKIP billing.json (tests): provider \"billing-api\" is not the Arize admin API");
    try (PactVerifier named = PactVerifier.builder().providers(List.of("billing-api")).build()) {
      Report report = named.verify(List.of(dir));
      assertThat(lines(report)).containsExactly(
          "SKIP arize.json (tests): provider \"Arize Admin\" is not the Arize admin API",
          "PASS billing.json (tests) \"list organizations\"");
      assertThat(report.exitCode()).isZero();
    }
  }

  @Test
  void aMessageInteractionFails() throws IOException {
    Files.writeString(dir.resolve("messages.json"), """
        {"consumer": {"name": "tests"}, "provider": {"name": "arize-admin-api"},
         "interactions": [{"type": "Asynchronous/Messages", "description": "an organization was created",
           "contents": {"content": {"name": "Acme"}, "contentType": "application/json", "encoded": false}}],
         "metadata": {"pactSpecification": {"version": "4.0"}}}""");
    assertThat(lines(verifier.verify(List.of(dir)))).containsExactly(
        "FAIL messages.json (tests) \"an organization was created\": not an HTTP interaction: the Arize admin API has "
            + "no messages");
  }

  @Test
  void theJUnitXmlHasASuitePerFileAndACasePerInteraction() throws Exception {
    Files.writeString(dir.resolve("a.json"), v3(LIST_ORGANIZATIONS, interaction("list organizations, limit 1000",
        "[]", """
        {"method": "GET", "path": "/v2/organizations", "query": {"limit": ["1000"]},
         "headers": {"Authorization": "Bearer %s"}}""".formatted(KEY), "{\"status\": 200}")));
    Files.writeString(dir.resolve("b.json"), v3(LIST_ORGANIZATIONS).replace("arize-admin-api", "billing-api"));
    Files.writeString(dir.resolve("c.json"), "[");
    Report report = verifier.verify(List.of(dir));
    Path xml = dir.resolve("reports/verification.xml");
    report.writeJUnitXml(xml);

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(List.of(root.getAttribute("tests"), root.getAttribute("failures"), root.getAttribute("skipped")))
        .containsExactly("4", "2", "1");
    var suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(3);
    Element first = (Element) suites.item(0);
    assertThat(first.getAttribute("name")).isEqualTo(dir.resolve("a.json").toString());
    Element failed = (Element) first.getElementsByTagName("testcase").item(1);
    assertThat(failed.getAttribute("classname")).isEqualTo("tests");
    assertThat(failed.getAttribute("name")).isEqualTo("list organizations, limit 1000");
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).startsWith("query parameter limit: 1000 is more than the maximum 100");
    assertThat(failure.getTextContent()).isEqualTo(report.verdicts().get(1).line());
    assertThat(((Element) suites.item(1)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    assertThat(((Element) suites.item(2)).getElementsByTagName("failure").item(0).getTextContent())
        .isEqualTo("FAIL " + dir.resolve("c.json") + ": not JSON: unexpected end-of-input at line 1, column 2");
  }
}
