package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The fake's operator surface over HTTP, for what its Java API does not offer yet (faults). */
final class AdminHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private AdminHttp() {
  }

  /** Posts a fault to {@code /__admin/faults}, e.g. {@code {"operation_id": "listOrganizations", "status": 429}}. */
  static void injectFault(String baseUrl, String adminKey, String faultJson) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/faults"))
        .header("Authorization", "Bearer " + adminKey).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(faultJson)).build();
    try {
      HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
