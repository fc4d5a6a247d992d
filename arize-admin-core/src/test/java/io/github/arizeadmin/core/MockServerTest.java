package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.testing.FakeTime;
import io.github.arizeadmin.core.testing.LogCapture;
import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One MockWebServer per test, a client on it with instant retries, and helpers to script answers. */
abstract class MockServerTest {
  static final String KEY = "ak-secretsecretsecret0123456789abcdefghij";

  MockWebServer server;
  FakeTime time;
  ArizeAdminClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    time = new FakeTime();
    client = ArizeAdminClient.builder().apiKey(KEY).baseUrl(server.url("/").toString())
        .sleeper(time).clock(time).build();
    LogCapture.clear();
    PreRelease.forgetWarnings();
  }

  @AfterEach
  void stopServer() throws IOException {
    client.close();
    server.shutdown();
  }

  static String id(String decoded) {
    return Base64.getEncoder().encodeToString(decoded.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  void json(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
  }

  void noContent() {
    server.enqueue(new MockResponse().setResponseCode(204));
  }

  void problem(int status, String title, String detail) {
    server.enqueue(problemResponse(status, title, detail));
  }

  static MockResponse problemResponse(int status, String title, String detail) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/problem+json")
        .setBody("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("expected another request").isNotNull();
    return request;
  }

  RecordedRequest expect(String method, String pathAndQuery) throws InterruptedException {
    RecordedRequest request = take();
    assertThat(request.getMethod() + " " + request.getPath()).isEqualTo(method + " " + pathAndQuery);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    return request;
  }

  static String org(String id, String name) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
  }

  static String space(String id, String name) {
    return org(id, name);
  }

  static String project(String id, String name, String spaceId) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"space_id\":\"" + spaceId
        + "\",\"created_at\":\"2026-01-01T00:00:00Z\"}";
  }

  static String role(String id, String name) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"permissions\":[\"PROJECT_READ\"],\"is_predefined\":false,"
        + "\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}";
  }

  static String user(String id, String name, String email) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"email\":\"" + email
        + "\",\"created_at\":\"2026-01-01T00:00:00Z\",\"status\":\"ACTIVE\","
        + "\"role\":{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"},\"is_developer\":true}";
  }

  /** A list answer: {@code {"<key>":[items],"pagination":{...}}}. */
  static String list(String key, String nextCursor, String... items) {
    String pagination = nextCursor == null ? "{\"has_more\":false}"
        : "{\"has_more\":true,\"next_cursor\":\"" + nextCursor + "\"}";
    return "{\"" + key + "\":[" + String.join(",", items) + "],\"pagination\":" + pagination + "}";
  }
}
