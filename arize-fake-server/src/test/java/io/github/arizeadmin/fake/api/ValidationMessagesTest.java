package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.support.ContractDrivenTest;
import io.github.arizeadmin.fake.support.ContractRequests;
import io.github.arizeadmin.fake.support.ContractRequests.Field;
import io.github.arizeadmin.fake.support.ContractRequests.Operation;
import io.github.arizeadmin.fake.support.ProblemShape;
import io.github.arizeadmin.fake.support.RawHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A request that breaks the contract gets a 400 whose detail a person can act on: every problem,
 * each as {@code field.path: reason in words}, the Problem keeping exactly the contract's fields.
 * The named examples are those of the issue; the factories break every field of every body and
 * every parameter of the contract, one at a time.
 */
class ValidationMessagesTest extends ContractDrivenTest {
  private static final Operation CREATE_USER = operation("createUser");

  private static Operation operation(String id) {
    return ContractRequests.operations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  private String detail(Operation op, Map<String, String> query, Object body) {
    Map<String, String> ids = freshState();
    RawHttp.Answer answer = send(op, pathIds(op, ids), query, body);
    return ProblemShape.assertProblem(answer, 400).get("detail").asText();
  }

  private static Map<String, Object> user(Object... overrides) {
    Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Jane", "email", "jane@example.com",
        "role", Map.of("type", "PREDEFINED", "name", "MEMBER"), "invite_mode", "NONE"));
    for (int i = 0; i < overrides.length; i += 2) {
      body.put((String) overrides[i], overrides[i + 1]);
    }
    return body;
  }

  @Test
  void aMalformedEmailIsNamedWithItsValue() {
    assertThat(detail(CREATE_USER, Map.of(), user("email", "not-an-email")))
        .isEqualTo("email: 'not-an-email' is not a valid email address.");
  }

  @Test
  void anUnknownRoleNameListsTheRolesThatExist() {
    assertThat(detail(CREATE_USER, Map.of(), user("role", Map.of("type", "PREDEFINED", "name", "BOSS"))))
        .isEqualTo("role.name: 'BOSS' is not one of ADMIN, MEMBER, ANNOTATOR.");
  }

  @Test
  void anUnknownFieldListsTheFieldsTheBodyTakes() {
    assertThat(detail(CREATE_USER, Map.of(), user("nickname", "JJ")))
        .isEqualTo("nickname: unknown field, this body takes name, email, role, invite_mode, is_developer.");
  }

  @Test
  void aNumberWhereAStringBelongs() {
    assertThat(detail(CREATE_USER, Map.of(), user("name", 42))).isEqualTo("name: expected a string, got a number.");
  }

  @Test
  void anUnknownPermissionIsNotListedWithAllTheOthers() {
    assertThat(detail(operation("createRole"), Map.of(), Map.of("name", "R", "permissions",
        List.of("PROJECT_READ", "NOT_A_PERMISSION")))).isEqualTo("permissions[1]: 'NOT_A_PERMISSION' is not a permission.");
  }

  @Test
  void aQueryParameterOutOfRange() {
    assertThat(detail(operation("listUsers"), Map.of("limit", "500"), null))
        .isEqualTo("limit: 500 is more than the maximum 100.");
    assertThat(detail(operation("listUsers"), Map.of("limit", "0", "status", "GONE"), null))
        .isEqualTo("limit: 0 is less than the minimum 1; status[0]: 'GONE' is not one of ACTIVE, INVITED, EXPIRED.");
  }

  @Test
  void everyProblemIsListedInOneDetail() {
    Map<String, Object> body = user("email", "nope", "nickname", "JJ", "name", 42,
        "role", Map.of("type", "PREDEFINED", "name", "BOSS"));
    body.remove("invite_mode");
    assertThat(detail(CREATE_USER, Map.of(), body)).isEqualTo("name: expected a string, got a number; "
        + "email: 'nope' is not a valid email address; role.name: 'BOSS' is not one of ADMIN, MEMBER, ANNOTATOR; "
        + "invite_mode: is required; nickname: unknown field, this body takes name, email, role, invite_mode, "
        + "is_developer.");
  }

  @Test
  void unionsAreCheckedAgainstTheBranchTheirDiscriminatorNames() {
    assertThat(detail(operation("addSpaceUser"), Map.of(), Map.of("user_id", "x", "role",
        Map.of("type", "CUSTOM", "name", "MEMBER")))).isEqualTo("role.id: is required.");
    assertThat(detail(operation("addSpaceUser"), Map.of(), Map.of("user_id", "x", "role", Map.of("name", "MEMBER"))))
        .isEqualTo("role.type: is required (one of PREDEFINED, CUSTOM).");
    assertThat(detail(operation("addSpaceUser"), Map.of(), Map.of("user_id", "x", "role",
        Map.of("type", "BOSSY", "name", "MEMBER")))).isEqualTo("role.type: 'BOSSY' is not one of PREDEFINED, CUSTOM.");
  }

  @Test
  void aValueTooLongIsCutInTheMessage() {
    assertThat(detail(CREATE_USER, Map.of(), user("email", "e".repeat(5000)))).isEqualTo("email: '"
        + "e".repeat(40) + "... (5000 characters)' is not a valid email address.");
  }

  @TestFactory
  Stream<DynamicTest> everyFieldOfEveryBodyIsNamedWhenMissingMistypedOrUnknown() {
    return ContractRequests.operations().stream().filter(op -> op.bodySchema() != null)
        .map(op -> DynamicTest.dynamicTest(op.id(), () -> {
          SoftAssertions soft = new SoftAssertions();
          for (Object example : ContractRequests.examples(op.bodySchema(), op.bodyExample())) {
            expect(soft, op, example, List.of("zz_unknown"), 1, "zz_unknown: unknown field");
            for (Field field : ContractRequests.fields(op.bodySchema(), example)) {
              String name = field.dotted();
              expect(soft, op, example, field.path(), wrongType(field.schema()), name + ": ");
              if (ContractRequests.isRequired(op.bodySchema(), example, field.path())) {
                expect(soft, op, example, field.path(), ContractRequests.ABSENT, name + ": is required");
              }
              if (ContractRequests.branch(field.schema(), ContractRequests.value(example, field.path()))
                  .get("properties") != null) {
                expect(soft, op, example, add(field.path(), "zz_unknown"), 1, name + ".zz_unknown: unknown field");
              }
            }
          }
          soft.assertAll();
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyParameterIsNamedWhenItIsNotOfItsType() {
    return ContractRequests.operations().stream().flatMap(op -> op.parameters().stream()
        .filter(p -> p.in().equals("query") && !ContractRequests.isString(p.schema()))
        .map(p -> DynamicTest.dynamicTest(op.id() + " " + p.name(), () -> {
          Map<String, String> ids = freshState();
          Map<String, String> query = requiredQuery(op, ids);
          query.put(p.name(), "not-valid");
          Object body = op.bodySchema() == null ? null : withIds(op.bodyExample(), op.bodySchema(), ids);
          RawHttp.Answer answer = send(op, pathIds(op, ids), query, body);
          String prefix = "array".equals(p.schema().get("type")) ? p.name() + "[0]: " : p.name() + ": ";
          assertThat(ProblemShape.assertProblem(answer, 400).get("detail").asText()).startsWith(prefix);
        })));
  }

  /** The example, valid in a fresh state, with {@code value} at {@code path}, is a 400 whose detail contains {@code detailPart}. */
  private void expect(SoftAssertions soft, Operation op, Object example, List<Object> path, Object value,
      String detailPart) {
    Map<String, String> ids = freshState();
    Object valid = withIds(example, op.bodySchema(), ids);
    Object body = ContractRequests.with(valid, path, value);
    RawHttp.Answer answer = send(op, pathIds(op, ids), requiredQuery(op, ids), body);
    soft.assertThat(answer.status()).as("%s %s: %s", op.id(), detailPart, answer.body()).isEqualTo(400);
    if (answer.status() == 400) {
      soft.assertThat(ProblemShape.assertProblem(answer).get("detail").asText()).as("%s", op.id()).contains(detailPart);
    }
  }

  /** A value of another JSON type than the schema's. */
  private static Object wrongType(Map<String, Object> schema) {
    if (ContractRequests.isString(schema)) {
      return 7;
    }
    return schema.get("type") == null && schema.get("oneOf") != null ? "x"
        : switch (String.valueOf(schema.get("type"))) {
          case "integer", "number", "boolean", "object", "array" -> "x";
          default -> List.of();
        };
  }

  private static List<Object> add(List<Object> path, Object step) {
    List<Object> out = new java.util.ArrayList<>(path);
    out.add(step);
    return out;
  }

}
