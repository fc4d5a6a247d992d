package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.internal.domain.RuleCatalogue;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the coverage table (COVERAGE.md) from the contract, the handlers the router mounts and
 * the rule catalogue: one row per operation, then one row per rule with its public source and the
 * tests that check it (the test methods tagged {@code @Tag("R-...")}). The build runs it on every
 * compile; a test fails when the committed file differs.
 */
public final class CoverageTable {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  /** Where COVERAGE.md (at the module's root) finds the test sources it links to. */
  static final String TEST_SOURCES = "src/test/java";
  private static final Pattern RULE_TAG = Pattern.compile("@Tag\\(\"(R-[A-Z0-9-]+)\"\\)");
  // The method a tag marks: the first one declared after it.
  private static final Pattern TEST_METHOD = Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(");

  private CoverageTable() {
  }

  /**
   * Writes the table.
   *
   * @param args the output file, and optionally the contract tests' {@code PACT-COVERAGE.md} and
   *     the module's directory (whose {@code src/test/java} holds the rule-tagged tests)
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: CoverageTable OUTPUT [PACT_COVERAGE_MD [MODULE_DIR]]");
    }
    Set<String> verified = args.length > 1 ? pactVerified(Path.of(args[1])) : null;
    Map<String, List<String>> tests = args.length > 2 ? ruleTests(Path.of(args[2]).resolve(TEST_SOURCES)) : null;
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, render(verified, tests), StandardCharsets.UTF_8);
  }

  /**
   * Finds the tests that check each rule: the test methods tagged {@code @Tag("R-...")} under
   * {@code testSources}. The tags also let {@code mvn verify -Dgroups=R-UNIQ-ORG} run one rule's tests.
   *
   * @param testSources the module's {@code src/test/java}
   * @return rule ID to {@code Class.method} links (relative to the module's root), sorted
   * @throws IOException when the sources cannot be read
   */
  public static Map<String, List<String>> ruleTests(Path testSources) throws IOException {
    Map<String, List<String>> tests = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(testSources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      String type = file.getFileName().toString().replace(".java", "");
      String link = TEST_SOURCES + "/" + testSources.relativize(file).toString().replace('\\', '/');
      Matcher tag = RULE_TAG.matcher(source);
      Matcher method = TEST_METHOD.matcher(source);
      while (tag.find()) {
        if (method.find(tag.end())) {
          tests.computeIfAbsent(tag.group(1), rule -> new ArrayList<>())
              .add("[" + type + "." + method.group(1) + "](" + link + ")");
        }
      }
    }
    return tests;
  }

  /**
   * Reads which operations the provider pact tests verify from {@code arize-contract-tests}'
   * committed {@code PACT-COVERAGE.md} (itself generated and drift-checked by that module, whose
   * build verifies every listed interaction against this server): the operations with at least one
   * success interaction.
   *
   * @param pactCoverage the file
   * @return the verified operationIds, or null when the file does not exist
   * @throws IOException when it cannot be read
   */
  public static Set<String> pactVerified(Path pactCoverage) throws IOException {
    if (!Files.exists(pactCoverage)) {
      return null;
    }
    Set<String> verified = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(pactCoverage, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\\|", -1);
      if (line.startsWith("| `") && cells.length > 3 && !cells[3].isBlank()) {
        verified.add(cells[1].trim().replace("`", ""));
      }
    }
    return Set.copyOf(verified);
  }

  /**
   * @param pactVerified operationIds verified by the provider pact tests, or null when not known yet
   * @return the markdown, without the tests of each rule
   */
  public static String render(Set<String> pactVerified) {
    return render(pactVerified, null);
  }

  /**
   * @param pactVerified operationIds verified by the provider pact tests, or null when not known yet
   * @param ruleTests the tests of each rule ({@link #ruleTests}), or null to leave that column out
   * @return the markdown
   */
  public static String render(Set<String> pactVerified, Map<String, List<String>> ruleTests) {
    JsonObject contract = ContractLoader.readDocument();
    Set<String> implemented = HttpApp.implementedOperations();
    StringBuilder md = new StringBuilder();
    md.append("# Coverage of the contract by the fake server\n\n")
        .append("Generated by the build from the contract (`openapi/arize-admin-v2.yaml`, version ")
        .append(contract.getJsonObject("info").getString("version"))
        .append("), the handlers the fake mounts and the rule catalogue (`internal.domain.RuleCatalogue`). ")
        .append("Do not edit: `mvn -pl arize-fake-server verify` fails when this file differs from ")
        .append("`target/COVERAGE.md`; copy that file here after a change. The rule IDs are explained below the ")
        .append("table; each has a test. An operation the fake does not implement answers 501.\n\n")
        .append("| Operation | Method and path | Implemented | Caller needs | Rules enforced | Pact-verified |\n")
        .append("|---|---|---|---|---|---|\n");
    int count = 0;
    int done = 0;
    List<String> rows = new ArrayList<>();
    JsonObject paths = contract.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.fieldNames()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        String id = item.getJsonObject(method).getString("operationId");
        RuleCatalogue.Entry entry = RuleCatalogue.entry(id);
        boolean yes = implemented.contains(id) && entry != null;
        count++;
        done += yes ? 1 : 0;
        rows.add("| `" + id + "` | `" + method.toUpperCase(java.util.Locale.ROOT) + " " + path + "` | "
            + (yes ? "yes" : "no (501)") + " | " + (entry == null ? "" : entry.authorization()) + " | "
            + (entry == null || entry.rules().isEmpty() ? "(authentication, authorization and contract validation only)"
                : String.join(", ", entry.rules().stream().map(CoverageTable::ruleLink).toList())) + " | "
            + (pactVerified == null ? "not yet" : pactVerified.contains(id) ? "yes" : "no") + " |");
      }
    }
    rows.forEach(r -> md.append(r).append('\n'));
    md.append("\n").append(done).append(" of ").append(count).append(" operations implemented. ")
        .append("Every operation also enforces authentication (401 for a missing, unknown, revoked or expired key), ")
        .append("account isolation (another account's object is 404) and the contract's request validation (400). ")
        .append("The Pact-verified column comes from `arize-contract-tests/PACT-COVERAGE.md`: an operation is ")
        .append("Pact-verified when a consumer pact of `arize-admin-core` exercises it with success and the provider ")
        .append("tests replay it against this server.\n\n")
        .append("Every error of every operation is an `application/problem+json` Problem with exactly `title`, `status` ")
        .append("and `detail`, also those answered before any handler (414, 431, 413, 405, 404, malformed requests). ")
        .append("The contract's request validation names every problem of a request in one 400 (`field.path: reason`). ")
        .append("The lists that declare a 404 (`listProjects` and `listApiKeys` by `space_id`, `listApiKeys` and ")
        .append("`listRoleBindings` by `user_id`) answer it for a scope the caller cannot reach.\n\n")
        .append("## Rules\n\n")
        .append("Each rule the fake enforces, in words, with the public source it comes from")
        .append(ruleTests == null ? "" : " and the tests that check it (each tagged with the rule's ID, so "
            + "`mvn -B -pl arize-fake-server -am verify -Dgroups=R-UNIQ-ORG -Dsurefire.failIfNoSpecifiedTests=false` "
            + "runs one rule's tests)")
        .append(".\n\n| Rule | What the fake does | Public source |").append(ruleTests == null ? "" : " Checked by |")
        .append("\n|---|---|---|").append(ruleTests == null ? "" : "---|").append('\n');
    RuleLegend.rules().forEach((id, rule) -> {
      md.append("| <a id=\"").append(anchor(id)).append("\"></a>").append(id).append(" | ").append(rule[0])
          .append(" | ").append(rule[1]).append(" |");
      if (ruleTests != null) {
        md.append(' ').append(String.join("<br>", ruleTests.getOrDefault(id, List.of()))).append(" |");
      }
      md.append('\n');
    });
    md.append("\n").append(RuleLegend.SOURCES).append('\n');
    return md.toString();
  }

  private static String ruleLink(String id) {
    return "[" + id + "](#" + anchor(id) + ")";
  }

  private static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT);
  }
}
