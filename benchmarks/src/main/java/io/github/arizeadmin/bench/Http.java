package io.github.arizeadmin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The runner's own HTTP client (set-up, recording, sanity checks and the one-client latency samples). */
final class Http {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** Sends {@code call} to {@code base} with the admin key; a failure to connect is an {@link UncheckedIOException}. */
  Answer send(URI base, HttpCall call) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.target()))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Bearer " + Layout.ADMIN_KEY);
    if (call.body() == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(call.method() + " " + base + call.target() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Sends {@code call} and returns the answer, failing unless the status is 2xx. */
  Answer expectOk(URI base, HttpCall call) {
    Answer answer = send(base, call);
    if (!answer.ok()) {
      throw new IllegalStateException(call.method() + " " + call.target() + " answered " + answer.brief());
    }
    return answer;
  }
}
