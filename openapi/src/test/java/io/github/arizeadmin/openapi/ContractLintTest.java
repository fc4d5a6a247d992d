package io.github.arizeadmin.openapi;

import static io.github.arizeadmin.openapi.ContractDocument.list;
import static io.github.arizeadmin.openapi.ContractDocument.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's lint of the contract, run by {@code mvn verify}: conventions of the real API (wire
 * casing, Problem errors, bearer auth, strict objects, distinct union branches) and examples that
 * validate against their own schemas.
 */
class ContractLintTest {
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern SCREAMING = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern PATH = Pattern.compile("/v2(/([a-z]+(-[a-z]+)*|\\{[a-z]+(_[a-z]+)*\\}))+");
  private static final String LOCATION = "classpath:" + ContractDocument.RESOURCE.substring(1);
  private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
      builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDocumentIsOpenApi303WithBearerAuthOnEverything() {
    assertThat(ContractDocument.ROOT.get("openapi")).isEqualTo("3.0.3");
    assertThat(map(ContractDocument.ROOT.get("info")).get("version")).isEqualTo("2.0.0");
    assertThat(list(ContractDocument.ROOT.get("security"))).containsExactly(Map.of("bearerAuth", List.of()));
    Map<String, Object> scheme = map(map(map(ContractDocument.ROOT.get("components")).get("securitySchemes")).get("bearerAuth"));
    assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "bearer");
    for (ContractDocument.Operation op : ContractDocument.operations()) {
      assertThat(op.definition()).as("%s must not override security", op.where()).doesNotContainKey("security");
    }
  }

  @TestFactory
  Stream<DynamicTest> operationsFollowTheConventions() {
    Set<String> tags = list(ContractDocument.ROOT.get("tags")).stream().map(t -> (String) map(t).get("name"))
        .collect(Collectors.toSet());
    return ContractDocument.operations().stream().map(op -> DynamicTest.dynamicTest(op.where(), () -> {
      Map<String, Object> d = op.definition();
      assertThat(op.id()).matches(CAMEL);
      assertThat(op.path()).matches(PATH);
      assertThat(list(d.get("tags"))).hasSize(1).allMatch(tags::contains);
      assertThat((String) d.get("summary")).isNotBlank();
      assertThat((String) d.get("description")).contains("beta");

      Set<String> declaredPathParams = list(d.get("parameters")).stream().map(ContractDocument::resolve)
          .filter(p -> "path".equals(p.get("in"))).map(p -> (String) p.get("name")).collect(Collectors.toSet());
      Set<String> templated = Pattern.compile("\\{([a-z_]+)}").matcher(op.path()).results().map(m -> m.group(1))
          .collect(Collectors.toSet());
      assertThat(declaredPathParams).isEqualTo(templated);
      for (Object p : list(d.get("parameters"))) {
        Map<String, Object> parameter = ContractDocument.resolve(p);
        assertThat((String) parameter.get("name")).matches(SNAKE);
        assertThat(parameter).as("parameter %s has a description", parameter.get("name")).containsKey("description");
      }

      Map<String, Object> body = map(d.get("requestBody"));
      if (!body.isEmpty()) {
        Map<String, Object> content = map(body.get("content"));
        assertThat(content.keySet()).containsExactly("application/json");
        assertThat(map(content.get("application/json"))).containsKeys("schema", "example");
      }

      Map<String, Object> responses = map(d.get("responses"));
      assertThat(responses).containsKeys("400", "401", "429");
      responses.forEach((code, r) -> {
        Map<String, Object> response = ContractDocument.resolve(r);
        Map<String, Object> content = map(response.get("content"));
        if (code.equals("204")) {
          assertThat(content).as("%s 204 has no body", op.where()).isEmpty();
        } else if (code.startsWith("2")) {
          assertThat(content.keySet()).containsExactly("application/json");
          assertThat(map(content.get("application/json"))).containsKeys("schema", "example");
        } else {
          assertThat(content.keySet()).as("%s %s is a problem document", op.where(), code)
              .containsExactly("application/problem+json");
          assertThat(ContractDocument.refName(map(content.get("application/problem+json")).get("schema"))).isEqualTo("Problem");
          if (code.equals("429")) {
            assertThat(map(response.get("headers"))).containsKey("Retry-After");
          }
        }
      });
    }));
  }

  @TestFactory
  Stream<DynamicTest> schemasAreStrictAndUseTheWireCasing() {
    return ContractDocument.schemas().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      Map<String, Object> schema = map(entry.getValue());
      assertThat(schema).containsKeys("description", "example").doesNotContainKey("nullable");
      if (schema.containsKey("enum")) {
        assertThat(list(schema.get("enum"))).allSatisfy(v -> assertThat((String) v).matches(SCREAMING));
      } else if (schema.containsKey("oneOf")) {
        assertUnionBranchesAreDistinct(entry.getKey(), schema);
      } else {
        assertThat(schema).containsEntry("type", "object").containsEntry("additionalProperties", false);
        Map<String, Object> properties = map(schema.get("properties"));
        assertThat(properties.keySet()).allSatisfy(name -> assertThat(name).matches(SNAKE));
        assertThat(properties.keySet()).containsAll(list(schema.get("required")).stream().map(String::valueOf).toList());
        properties.forEach((name, property) -> assertThat(map(property)).as("%s.%s", entry.getKey(), name)
            .doesNotContainKey("nullable"));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
    List<DynamicTest> tests = new ArrayList<>();
    ContractDocument.schemas().forEach((name, schema) -> tests.add(DynamicTest.dynamicTest("schema " + name,
        () -> assertValid("/components/schemas/" + name, map(schema).get("example")))));
    map(map(ContractDocument.ROOT.get("components")).get("responses")).forEach((name, response) -> tests.add(
        DynamicTest.dynamicTest("response " + name, () -> assertValid("/components/schemas/Problem",
            map(map(map(map(response).get("content")).get("application/problem+json"))).get("example")))));
    map(map(ContractDocument.ROOT.get("components")).get("parameters")).forEach((name, parameter) -> tests.add(
        DynamicTest.dynamicTest("parameter " + name, () -> assertValid(
            "/components/parameters/" + name + "/schema", map(parameter).get("example")))));
    for (ContractDocument.Operation op : ContractDocument.operations()) {
      String base = "/paths/" + op.path().replace("~", "~0").replace("/", "~1") + "/" + op.method();
      Map<String, Object> body = map(op.definition().get("requestBody"));
      if (!body.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(op.where() + " request", () -> assertValid(
            base + "/requestBody/content/application~1json/schema",
            map(map(body.get("content")).get("application/json")).get("example"))));
      }
      map(op.definition().get("responses")).forEach((code, response) -> {
        Map<String, Object> json = map(map(map(response).get("content")).get("application/json"));
        if (!json.isEmpty()) {
          tests.add(DynamicTest.dynamicTest(op.where() + " " + code, () -> assertValid(
              base + "/responses/" + code + "/content/application~1json/schema", json.get("example"))));
        }
      });
      List<Object> parameters = list(op.definition().get("parameters"));
      for (int i = 0; i < parameters.size(); i++) {
        Map<String, Object> parameter = map(parameters.get(i));
        if (!parameter.containsKey("$ref") && parameter.containsKey("example")) {
          String pointer = base + "/parameters/" + i + "/schema";
          tests.add(DynamicTest.dynamicTest(op.where() + " parameter " + parameter.get("name"),
              () -> assertValid(pointer, parameter.get("example"))));
        }
      }
    }
    return tests.stream();
  }

  @Test
  void theLintCatchesAnInvalidExample() {
    JsonSchema user = SCHEMAS.getSchema(SchemaLocation.of(LOCATION + "#/components/schemas/User"));

    Set<ValidationMessage> errors = user.validate(JSON.valueToTree(Map.of("id", "x", "unexpected", true)));

    assertThat(errors).extracting(ValidationMessage::getMessage)
        .anyMatch(m -> m.contains("unexpected")).anyMatch(m -> m.contains("email"));
  }

  private static void assertUnionBranchesAreDistinct(String union, Map<String, Object> schema) {
    Map<String, Object> discriminator = map(schema.get("discriminator"));
    String property = (String) discriminator.get("propertyName");
    Map<String, Object> mapping = map(discriminator.get("mapping"));
    List<String> variants = list(schema.get("oneOf")).stream().map(ContractDocument::refName).toList();
    assertThat(mapping.values().stream().map(v -> ((String) v).substring(((String) v).lastIndexOf('/') + 1)).toList())
        .as("%s mapping covers every branch", union).containsExactlyInAnyOrderElementsOf(variants);
    mapping.forEach((label, target) -> {
      String variant = ((String) target).substring(((String) target).lastIndexOf('/') + 1);
      Map<String, Object> field = map(map(map(ContractDocument.schemas().get(variant)).get("properties")).get(property));
      // Validators ignore `discriminator`; a one-value enum makes each branch match on its own.
      assertThat(list(field.get("enum"))).as("%s.%s", variant, property).containsExactly(label);
      assertThat(list(map(ContractDocument.schemas().get(variant)).get("required"))).contains(property);
    });
  }

  private static void assertValid(String pointer, Object example) {
    assertThat(example).as("example at %s", pointer).isNotNull();
    JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of(LOCATION + "#" + pointer));
    JsonNode instance = JSON.valueToTree(example);
    Set<ValidationMessage> errors = schema.validate(instance);
    assertThat(errors).as("example at %s: %s", pointer, instance).isEmpty();
  }
}
