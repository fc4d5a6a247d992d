package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.ProblemShape;
import io.github.arizeadmin.fake.support.RawHttp;
import io.github.arizeadmin.fake.support.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every error is a Problem, also the ones answered before any handler runs: the HTTP codec's
 * rejections (414, 431, 400 on a malformed request), the router's (404, 405, 400 on a path or
 * query that does not decode) and the body limit's (413). Each is checked on the wire, over a raw
 * socket, because clients would refuse to send some of these requests.
 */
class ProtocolErrorsTest extends FakeTest {
  private Answer send(String request) {
    return send(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  private Answer send(byte[] request) {
    return RawHttp.send(fake.baseUrl(), request);
  }

  private static JsonNode assertProblem(Answer answer, int status) {
    return ProblemShape.assertProblem(answer, status);
  }

  private String auth() {
    return "Authorization: Bearer " + fake.adminKey() + "\r\n";
  }

  @Test
  void aPathLongerThanTheCodecTakesIs414() {
    JsonNode problem = assertProblem(send("GET /v2/organizations/" + "a".repeat(9 * 1024) + " HTTP/1.1\r\n"
        + "Host: fake\r\n" + auth() + "\r\n"), 414);
    assertThat(problem.get("detail").asText()).contains("4096");
  }

  @Test
  void headersLargerThanTheCodecTakesAre431() {
    JsonNode problem = assertProblem(send("GET /v2/organizations HTTP/1.1\r\nHost: fake\r\n" + auth()
        + "X-Big: " + "b".repeat(20 * 1024) + "\r\n\r\n"), 431);
    assertThat(problem.get("detail").asText()).contains("8192");
  }

  @Test
  void aMalformedRequestIs400() {
    assertProblem(send("GARBAGE\r\n\r\n"), 400);
    assertProblem(send("GET /v2/organizations HTTP/1.1\r\nHost: fake\r\nNot a header line\r\n\r\n"), 400);
    assertProblem(send("POST /v2/organizations HTTP/1.1\r\nHost: fake\r\nContent-Length: many\r\n\r\n"), 400);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    int size = 5 * 1024 * 1024;
    byte[] head = ("POST /v2/organizations HTTP/1.1\r\nHost: fake\r\n" + auth()
        + "Content-Type: application/json\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[head.length + size];
    System.arraycopy(head, 0, request, 0, head.length);
    java.util.Arrays.fill(request, head.length, request.length, (byte) ' ');
    JsonNode problem = assertProblem(send(request), 413);
    assertThat(problem.get("detail").asText()).contains("4 MB");
  }

  @Test
  void aMethodThePathDoesNotTakeIs405AndAnUnknownPathIs404() {
    assertProblem(send("PUT /v2/organizations HTTP/1.1\r\nHost: fake\r\n" + auth() + "Content-Length: 0\r\n\r\n"), 405);
    assertProblem(send("GET /v2/nothing-here HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 404);
    assertProblem(send("GET /favicon.ico HTTP/1.1\r\nHost: fake\r\n\r\n"), 404);
  }

  @Test
  void aPathOrQueryThatDoesNotDecodeIs400() {
    assertProblem(send("GET /v2/users/%zz HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
    assertProblem(send("GET /v2/users/abc%2 HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
    assertProblem(send("GET /v2/users?cursor=%zz HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
    assertProblem(send("GET /v2/projects?space_id=%E0%A4 HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
  }
}
