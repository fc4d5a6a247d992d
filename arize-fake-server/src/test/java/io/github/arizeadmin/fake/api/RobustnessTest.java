package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.support.ContractDrivenTest;
import io.github.arizeadmin.fake.support.ContractRequests;
import io.github.arizeadmin.fake.support.ContractRequests.Field;
import io.github.arizeadmin.fake.support.ContractRequests.Operation;
import io.github.arizeadmin.fake.support.ContractRequests.Parameter;
import io.github.arizeadmin.fake.support.ProblemShape;
import io.github.arizeadmin.fake.support.RawHttp;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every string the API takes, driven by the contract (so a new operation is covered without a
 * change here): each path and query parameter and each string field of each request body (every
 * branch of a union) gets empty, blank, 10,000-character, control-character, non-ASCII, lone
 * surrogate, NUL and percent-encoded junk values, one at a time, with the rest of the request
 * valid. The fake never answers 5xx; every error is the contract's Problem with a status the
 * operation declares; an ID (a path parameter, a {@code *_id} or {@code id} field) that is not a
 * well-formed ID is a 400, and so is any value the field's own schema forbids or that is not text.
 * A value too long for the request line is the HTTP codec's 414.
 */
class RobustnessTest extends ContractDrivenTest {
  private static final String LONE_SURROGATE = "\ud800";
  private static final String PERCENT_JUNK = "%zz%00%E0%A4";

  /** A junk value. */
  private record Junk(String label, String value) {
    /** Not text at all: a lone surrogate or a NUL. */
    boolean notText() {
      return value.contains(LONE_SURROGATE) || value.contains("\u0000");
    }
  }

  private static final List<Junk> JUNK = List.of(new Junk("empty", ""), new Junk("blank", "   "),
      new Junk("10,000 characters", "x".repeat(10_000)), new Junk("control characters", "a\u0001\u0007\u001b[31m\u007fb"),
      new Junk("non-ASCII", "Zoë データ ✓ \uD83D\uDE80"), new Junk("lone surrogate", "a" + LONE_SURROGATE + "b"),
      new Junk("NUL", "a\u0000b"), new Junk("percent-encoded junk", PERCENT_JUNK));

  @TestFactory
  Stream<DynamicTest> everyStringOfEveryOperationWithJunk() {
    return ContractRequests.operations().stream().map(op -> DynamicTest.dynamicTest(op.id(), () -> junkEverywhere(op)));
  }

  private void junkEverywhere(Operation op) {
    SoftAssertions soft = new SoftAssertions();
    int sent = 0;
    for (Parameter parameter : op.parameters()) {
      for (Junk junk : JUNK) {
        Map<String, String> ids = freshState();
        Map<String, String> path = pathIds(op, ids);
        Map<String, String> query = requiredQuery(op, ids);
        boolean inPath = parameter.in().equals("path");
        // percent-encoded junk goes on the wire as it is; everything else percent-encoded
        String raw = junk.value().equals(PERCENT_JUNK) ? PERCENT_JUNK : encode(junk.value());
        (inPath ? path : query).put(parameter.name(), raw);
        Object body = op.bodySchema() == null ? null : withIds(op.bodyExample(), op.bodySchema(), ids);
        RawHttp.Answer answer = send(op, path, query, body);
        sent++;
        boolean emptySegment = inPath && junk.value().isEmpty();
        Integer expected = raw.length() > 4096 ? Integer.valueOf(414)
            : junk.notText() || raw.equals(PERCENT_JUNK) || isId(parameter.name()) && !emptySegment
                || forbids(parameter.schema(), junk.value()) ? Integer.valueOf(400) : null;
        check(soft, op.id() + " " + parameter.in() + " " + parameter.name() + " = " + junk.label(), op, answer,
            expected, !emptySegment);
      }
    }
    if (op.bodySchema() != null) {
      for (Object example : ContractRequests.examples(op.bodySchema(), op.bodyExample())) {
        for (Field field : ContractRequests.fields(op.bodySchema(), example)) {
          if (!ContractRequests.isString(field.schema())) {
            continue;
          }
          for (Junk junk : JUNK) {
            Map<String, String> ids = freshState();
            Object body = ContractRequests.with(withIds(example, op.bodySchema(), ids), field.path(), junk.value());
            RawHttp.Answer answer = send(op, pathIds(op, ids), requiredQuery(op, ids), body);
            sent++;
            Integer expected = junk.notText() || isId(field.name()) || forbids(field.schema(), junk.value())
                ? Integer.valueOf(400) : null;
            check(soft, op.id() + " body " + field.dotted() + " = " + junk.label(), op, answer, expected, true);
          }
        }
      }
    }
    assertThat(sent).as("requests sent for %s", op.id()).isPositive();
    soft.assertAll();
  }

  private static void check(SoftAssertions soft, String where, Operation op, RawHttp.Answer answer, Integer expected,
      boolean declared) {
    soft.assertThat(answer.status()).as("%s: %s", where, answer.body()).isLessThan(500);
    if (expected != null) {
      soft.assertThat(answer.status()).as("%s: %s", where, answer.body()).isEqualTo(expected);
    }
    if (answer.status() >= 400) {
      soft.check(() -> ProblemShape.assertProblem(answer));
      if (declared && answer.status() != 414) {
        soft.assertThat(op.statuses()).as("%s: %s is declared", where, answer.status())
            .contains(String.valueOf(answer.status()));
      }
    }
  }

  /** Whether the schema itself refuses the value (type, enum, length, format): the validator's 400. */
  private static boolean forbids(Map<String, Object> schema, String value) {
    Map<String, Object> s = schema;
    if (s.get("type") instanceof String type && !type.equals("string") && !type.equals("array")) {
      return true;
    }
    if (s.get("items") != null) {
      s = ContractRequests.resolve(s.get("items"));
    }
    List<?> values = s.get("enum") instanceof List<?> e ? e : null;
    for (Object part : s.get("allOf") instanceof List<?> parts ? parts : List.of()) {
      if (ContractRequests.resolve(part).get("enum") instanceof List<?> e) {
        values = e;
      }
    }
    int length = value.codePointCount(0, value.length());
    return values != null && !values.contains(value)
        || s.get("minLength") instanceof Integer min && length < min
        || s.get("maxLength") instanceof Integer max && length > max
        || "email".equals(s.get("format")) && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        || "date-time".equals(s.get("format"));
  }
}
