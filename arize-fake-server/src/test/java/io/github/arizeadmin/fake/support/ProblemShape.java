package io.github.arizeadmin.fake.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The shape every error of the fake has: the contract's Problem, exactly. */
public final class ProblemShape {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemShape() {
  }

  /**
   * Asserts that an answer is an {@code application/problem+json} Problem with exactly the
   * contract's fields ({@code title}, {@code status}, {@code detail}), none of them blank, and
   * {@code status} equal to the HTTP status.
   *
   * @param answer the answer
   * @param status the expected status
   * @return the Problem
   */
  public static JsonNode assertProblem(RawHttp.Answer answer, int status) {
    assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
    return assertProblem(answer);
  }

  /**
   * Asserts that an error answer, whatever its status, is exactly the contract's Problem.
   *
   * @param answer the answer
   * @return the Problem
   */
  public static JsonNode assertProblem(RawHttp.Answer answer) {
    assertThat(answer.header("Content-Type")).as("Content-Type of %s", answer.body()).isEqualTo("application/problem+json");
    JsonNode problem;
    try {
      problem = JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> fields = new ArrayList<>();
    problem.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).as("fields of %s", answer.body()).containsExactlyInAnyOrder("title", "status", "detail");
    assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
    assertThat(problem.get("title").asText()).isNotBlank().isNotEqualTo("Error");
    assertThat(problem.get("detail").asText()).isNotBlank();
    return problem;
  }
}
