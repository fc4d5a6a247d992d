package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.Problem;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import retrofit2.Response;

/** A MockWebServer per test and the bindings pointed at it. */
abstract class MockServerTest {
  static final String KEY = "ak-9f8e7d6c5b4a";
  MockWebServer server;
  ArizeApi api;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    api = ArizeApi.create(server.url("/").toString(), KEY);
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  void respondJson(int status, String json) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(json));
  }

  void respondNoContent() {
    server.enqueue(new MockResponse().setResponseCode(204));
  }

  void respondProblem(int status, String title, String detail) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}"));
  }

  /** Takes the next request and checks its method, its full path with query, and the bearer header. */
  RecordedRequest expectRequest(String method, String pathAndQuery) throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getPath()).isEqualTo(pathAndQuery);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    return request;
  }

  Problem expectProblem(Response<?> response, int status) {
    assertThat(response.code()).isEqualTo(status);
    assertThat(response.isSuccessful()).isFalse();
    Problem problem = api.problem(response).orElseThrow();
    assertThat(problem.getStatus()).isEqualTo(status);
    return problem;
  }
}
