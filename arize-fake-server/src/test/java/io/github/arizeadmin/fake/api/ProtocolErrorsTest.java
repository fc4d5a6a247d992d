package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.arizeadmin.fake.support.FakeTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every error is a Problem, also the ones answered before any handler runs: the HTTP codec's
 * rejections (414, 431, 400 on a malformed request), the router's (404, 405, 400 on a path or
 * query that does not decode) and the body limit's (413). Each is checked on the wire, over a raw
 * socket, because clients would refuse to send some of these requests.
 */
class ProtocolErrorsTest extends FakeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A raw HTTP/1.1 exchange: the status and the headers and body of the answer. */
  private record Raw(int status, List<String> headers, String body) {
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
    }
  }

  private Raw send(String request) throws IOException {
    return send(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  private Raw send(byte[] request) throws IOException {
    URI base = URI.create(fake.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException closedEarly) {
        // the server may answer and close before it has read everything (413): read the answer anyway
      }
      return read(socket.getInputStream());
    }
  }

  private static Raw read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
        if (complete(all.toString(StandardCharsets.UTF_8))) {
          break;
        }
      }
    } catch (IOException reset) {
      // a connection closed by the server after its answer
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    assertThat(end).as("an HTTP answer: %s", text).isPositive();
    String[] lines = text.substring(0, end).split("\r\n");
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
  }

  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    for (String line : text.substring(0, end).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return text.getBytes(StandardCharsets.UTF_8).length - end - 4 >= Integer.parseInt(line.substring(15).trim());
      }
    }
    return false;
  }

  /** The answer is exactly the contract's Problem: title, status and detail, as application/problem+json. */
  private static JsonNode assertProblem(Raw raw, int status) throws IOException {
    assertThat(raw.status()).as("status of %s", raw.body()).isEqualTo(status);
    assertThat(raw.header("Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(raw.body());
    List<String> fields = new ArrayList<>();
    problem.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("title", "status", "detail");
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank().isNotEqualTo("Error");
    assertThat(problem.get("detail").asText()).isNotBlank();
    return problem;
  }

  private String auth() {
    return "Authorization: Bearer " + fake.adminKey() + "\r\n";
  }

  @Test
  void aPathLongerThanTheCodecTakesIs414() throws IOException {
    JsonNode problem = assertProblem(send("GET /v2/organizations/" + "a".repeat(9 * 1024) + " HTTP/1.1\r\n"
        + "Host: fake\r\n" + auth() + "\r\n"), 414);
    assertThat(problem.get("detail").asText()).contains("4096");
  }

  @Test
  void headersLargerThanTheCodecTakesAre431() throws IOException {
    JsonNode problem = assertProblem(send("GET /v2/organizations HTTP/1.1\r\nHost: fake\r\n" + auth()
        + "X-Big: " + "b".repeat(20 * 1024) + "\r\n\r\n"), 431);
    assertThat(problem.get("detail").asText()).contains("8192");
  }

  @Test
  void aMalformedRequestIs400() throws IOException {
    assertProblem(send("GARBAGE\r\n\r\n"), 400);
    assertProblem(send("GET /v2/organizations HTTP/1.1\r\nHost: fake\r\nNot a header line\r\n\r\n"), 400);
    assertProblem(send("POST /v2/organizations HTTP/1.1\r\nHost: fake\r\nContent-Length: many\r\n\r\n"), 400);
  }

  @Test
  void aBodyOverTheLimitIs413() throws IOException {
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
  void aMethodThePathDoesNotTakeIs405AndAnUnknownPathIs404() throws IOException {
    assertProblem(send("PUT /v2/organizations HTTP/1.1\r\nHost: fake\r\n" + auth() + "Content-Length: 0\r\n\r\n"), 405);
    assertProblem(send("GET /v2/nothing-here HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 404);
    assertProblem(send("GET /favicon.ico HTTP/1.1\r\nHost: fake\r\n\r\n"), 404);
  }

  @Test
  void aPathOrQueryThatDoesNotDecodeIs400() throws IOException {
    assertProblem(send("GET /v2/users/%zz HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
    assertProblem(send("GET /v2/users/abc%2 HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
    assertProblem(send("GET /v2/users?cursor=%zz HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
    assertProblem(send("GET /v2/projects?space_id=%E0%A4 HTTP/1.1\r\nHost: fake\r\n" + auth() + "\r\n"), 400);
  }
}
