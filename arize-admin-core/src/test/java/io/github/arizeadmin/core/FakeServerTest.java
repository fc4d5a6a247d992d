package io.github.arizeadmin.core;

import io.github.arizeadmin.core.testing.FakeTime;
import io.github.arizeadmin.core.testing.LogCapture;
import io.github.arizeadmin.core.testing.RequestLog;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.SeedResult;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real fake server started in-process on a random port, one per test class, reset before each
 * test; a client authenticated with its admin key, whose retries are instant.
 */
abstract class FakeServerTest {
  private static final OkHttpClient OPERATOR = new OkHttpClient();

  static ArizeFakeServer fake;

  FakeTime time;
  ArizeAdminClient client;
  /** What {@link #client} sent since the last {@code take()}. */
  RequestLog requests;

  @BeforeAll
  static void startFake() {
    fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).build());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  @BeforeEach
  void freshState() throws IOException {
    fake.reset();
    operator("DELETE", "/__admin/faults", null);
    time = new FakeTime();
    requests = new RequestLog();
    client = ArizeAdminClient.builder().apiKey(fake.adminKey()).baseUrl(fake.baseUrl()).sleeper(time).clock(time)
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(requests).build()).build();
    LogCapture.clear();
    PreRelease.forgetWarnings();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  ArizeAdminClient clientWithKey(String key) {
    return ArizeAdminClient.builder().apiKey(key).baseUrl(fake.baseUrl()).sleeper(time).clock(time).build();
  }

  /** Replaces the state with the fresh one plus this seed document (the fake's format). */
  SeedResult seed(String json) {
    return fake.seed(json);
  }

  /** Calls the fake's operator surface with its admin key; returns the answer's body. */
  static String operator(String method, String path, String json) throws IOException {
    RequestBody body = json == null ? (method.equals("DELETE") || method.equals("GET") ? null
        : RequestBody.create(new byte[0], null)) : RequestBody.create(json, MediaType.get("application/json"));
    Request request = new Request.Builder().url(fake.baseUrl() + path).method(method, body)
        .header("Authorization", "Bearer " + fake.adminKey()).build();
    try (Response response = OPERATOR.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new IllegalStateException(method + " " + path + " answered " + response.code() + ": " + text);
      }
      return text;
    }
  }

  /** Makes the next {@code times} requests of one operation answer {@code status}. */
  static void fault(String operationId, int status, int times, Integer retryAfterSeconds) throws IOException {
    operator("POST", "/__admin/faults", "{\"operation_id\":\"" + operationId + "\",\"status\":" + status
        + ",\"times\":" + times + (retryAfterSeconds == null ? "" : ",\"retry_after_seconds\":" + retryAfterSeconds) + "}");
  }
}
