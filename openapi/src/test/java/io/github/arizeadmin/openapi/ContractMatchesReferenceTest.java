package io.github.arizeadmin.openapi;

import static io.github.arizeadmin.openapi.ContractDocument.list;
import static io.github.arizeadmin.openapi.ContractDocument.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract against the reference tables (transcribed in src/test/resources/reference): the same
 * 43 operations with their methods, paths, parameters, bodies and status codes, and the same models
 * with their wire names, required flags, enum values and union variants, and the servers of the SDK's host
 * settings.
 */
class ContractMatchesReferenceTest {

  @Test
  void theContractHasExactlyTheReferenceOperations() throws IOException {
    Set<String> expected = rows("operations.tsv").stream().map(r -> camel(r[0])).collect(Collectors.toCollection(TreeSet::new));
    Set<String> actual = ContractDocument.operations().stream().map(ContractDocument.Operation::id)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(actual).hasSize(43).isEqualTo(expected);
  }

  @TestFactory
  Stream<DynamicTest> eachOperationMatchesTheReference() throws IOException {
    return rows("operations.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
      ContractDocument.Operation op = ContractDocument.operations().stream().filter(o -> o.id().equals(camel(row[0])))
          .findFirst().orElseThrow(() -> new AssertionError("missing operation " + row[0]));
      assertThat(op.method().toUpperCase()).isEqualTo(row[1]);
      assertThat(op.path()).isEqualTo(row[2]);

      Set<String> params = new TreeSet<>();
      for (Object p : list(op.definition().get("parameters"))) {
        Map<String, Object> parameter = ContractDocument.resolve(p);
        params.add(parameter.get("name") + ":" + parameter.get("in"));
      }
      assertThat(params).isEqualTo(new TreeSet<>(split(row[3])));

      Map<String, Object> body = map(op.definition().get("requestBody"));
      String bodyModel = body.isEmpty() ? "-"
          : ContractDocument.refName(map(map(map(body.get("content")).get("application/json"))).get("schema"));
      assertThat(bodyModel).isEqualTo(row[4]);

      assertThat(new TreeSet<>(map(op.definition().get("responses")).keySet())).isEqualTo(new TreeSet<>(split(row[5])));
    }));
  }

  @Test
  void theServersAreTheSdksHostSettings() throws IOException {
    List<String> expected = rows("servers.tsv").stream()
        .map(r -> r[0] + (r.length > 1 && !r[1].isBlank() ? " " + r[1] : "")).toList();
    List<String> actual = list(ContractDocument.ROOT.get("servers")).stream().map(ContractDocument::map).map(server -> {
      Map<String, Object> variables = map(server.get("variables"));
      String defaults = variables.entrySet().stream()
          .map(v -> v.getKey() + "=" + map(v.getValue()).get("default")).sorted().collect(Collectors.joining(" "));
      return server.get("url") + (defaults.isEmpty() ? "" : " " + defaults);
    }).toList();

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void everyServerVariableIsUsedByItsUrlAndHasADefault() {
    for (Object s : list(ContractDocument.ROOT.get("servers"))) {
      Map<String, Object> server = map(s);
      Set<String> templated = java.util.regex.Pattern.compile("\\{([a-z_]+)}").matcher((String) server.get("url"))
          .results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
      assertThat(new TreeSet<>(map(server.get("variables")).keySet())).as("%s", server.get("url")).isEqualTo(templated);
      map(server.get("variables")).forEach((name, variable) ->
          assertThat((String) map(variable).get("default")).as("%s default", name).isNotBlank());
      assertThat((String) server.get("description")).isNotBlank();
    }
  }

  @Test
  void theContractHasExactlyTheReferenceModels() throws IOException {
    Set<String> expected = rows("models.tsv").stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));

    assertThat(new TreeSet<>(ContractDocument.schemas().keySet())).isEqualTo(expected);
  }

  @TestFactory
  Stream<DynamicTest> eachModelMatchesTheReference() throws IOException {
    return rows("models.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
      Map<String, Object> schema = map(ContractDocument.schemas().get(row[0]));
      List<String> expected = split(row.length > 2 ? row[2] : "");
      switch (row[1]) {
        case "enum" -> assertThat(list(schema.get("enum"))).containsExactlyElementsOf(expected);
        case "oneOf" -> assertThat(list(schema.get("oneOf")).stream().map(ContractDocument::refName).toList())
            .containsExactlyElementsOf(expected);
        default -> {
          Set<String> fields = expected.stream().map(f -> f.replace("!", "")).collect(Collectors.toCollection(TreeSet::new));
          Set<String> required = expected.stream().filter(f -> f.endsWith("!")).map(f -> f.replace("!", ""))
              .collect(Collectors.toCollection(TreeSet::new));
          assertThat(new TreeSet<>(map(schema.get("properties")).keySet())).isEqualTo(fields);
          assertThat(new TreeSet<>(list(schema.get("required")).stream().map(String::valueOf).toList())).isEqualTo(required);
        }
      }
    }));
  }

  private static List<String> split(String cell) {
    return cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split("\\s+"));
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        ContractMatchesReferenceTest.class.getResourceAsStream("/reference/" + file), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}
