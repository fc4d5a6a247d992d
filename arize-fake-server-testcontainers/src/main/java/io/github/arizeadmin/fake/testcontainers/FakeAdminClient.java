package io.github.arizeadmin.fake.testcontainers;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.github.arizeadmin.fake.FakeAdmin;
import io.github.arizeadmin.fake.FakeServerException;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.internal.admin.AdminJson;
import io.github.arizeadmin.fake.state.FakeState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The fake server's operator surface ({@code /__admin}) over HTTP, typed: the same {@link FakeAdmin}
 * as the embedded {@code ArizeFakeServer}, for a fake in a container (the container delegates to
 * one) or started elsewhere with {@code java -jar}.
 *
 * <pre>{@code
 * try (FakeAdminClient fake = new FakeAdminClient("http://localhost:8080", "ak-local-admin")) {
 *   fake.injectFault(Fault.status(503).forOperation("listUsers").times(2));
 *   ...
 *   fake.verify(3, RequestPattern.operation("listUsers"));
 * }
 * }</pre>
 *
 * <p>Input the fake refuses (a 400 Problem) is an {@link IllegalArgumentException} with the
 * Problem's detail, as in process; a refused seed is a {@link FakeServerException}. Any other
 * failure (no answer, a wrong admin key) is an {@link IllegalStateException} or an
 * {@link UncheckedIOException}. Thread-safe.
 */
public final class FakeAdminClient implements FakeAdmin, AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonAdapter<Object> VALUES = new Moshi.Builder().build().adapter(Object.class);
  /** For answers without a body (the response is closed after reading in any case). */
  private static final Reader<Void> NOTHING = body -> null;

  private final HttpUrl baseUrl;
  private final String adminKey;
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  /**
   * @param baseUrl the fake's root URL, e.g. {@code http://localhost:32768}
   * @param adminKey the fake's admin key
   * @throws IllegalArgumentException when the URL is not an http(s) URL
   */
  public FakeAdminClient(String baseUrl, String adminKey) {
    this.baseUrl = HttpUrl.get(Objects.requireNonNull(baseUrl, "baseUrl"));
    this.adminKey = Objects.requireNonNull(adminKey, "adminKey");
  }

  /** Sends {@code POST /__admin/reset}. */
  @Override
  public void reset() {
    call("POST", "reset", null, NOTHING);
  }

  /**
   * Sends {@code POST /__admin/seed}.
   *
   * @throws FakeServerException when the fake refuses the document, with the path of the problem
   */
  @Override
  public SeedResult seed(String seedJson) {
    try {
      return call("POST", "seed", RequestBody.create(seedJson == null ? "" : seedJson, JSON),
          body -> AdminJson.seedResult(object(body.string())));
    } catch (IllegalArgumentException refused) {
      throw new FakeServerException("Bad seed: " + refused.getMessage(), refused);
    }
  }

  /** Sends {@code GET /__admin/export}. */
  @Override
  public String exportState() {
    return call("GET", "export", null, ResponseBody::string);
  }

  /** Sends {@code GET /__admin/state} and reads the answer into the fake's own state types. */
  @Override
  public FakeState state() {
    return call("GET", "state", null, body -> AdminJson.state(object(body.string())));
  }

  /** Sends {@code POST /__admin/faults}. */
  @Override
  public void injectFault(Fault fault) {
    call("POST", "faults", json(AdminJson.fault(fault)), NOTHING);
  }

  /** Sends {@code GET /__admin/faults}. */
  @Override
  public List<Fault> faults() {
    return call("GET", "faults", null, body -> {
      List<Fault> faults = new ArrayList<>();
      for (Object fault : (List<?>) object(body.string()).get("faults")) {
        faults.add(AdminJson.fault(cast(fault)));
      }
      return faults;
    });
  }

  /** Sends {@code DELETE /__admin/faults}. */
  @Override
  public void clearFaults() {
    call("DELETE", "faults", null, NOTHING);
  }

  /** Sends {@code GET /__admin/clock}. */
  @Override
  public Instant now() {
    return call("GET", "clock", null, body -> Instant.parse((String) object(body.string()).get("now")));
  }

  /**
   * Sends {@code POST /__admin/clock}.
   *
   * @throws IllegalArgumentException when negative or not whole seconds (the HTTP surface takes seconds)
   */
  @Override
  public Instant advanceClock(Duration by) {
    if (by.isNegative() || by.getNano() != 0) {
      throw new IllegalArgumentException("advance_seconds: a whole number of seconds, 0 or more, is required (got " + by + ").");
    }
    return call("POST", "clock", json(Map.of("advance_seconds", by.getSeconds())),
        body -> Instant.parse((String) object(body.string()).get("now")));
  }

  /** Sends {@code GET /__admin/requests}. */
  @Override
  public List<JournalEntry> requests() {
    return call("GET", "requests", null, body -> journal(body).requests());
  }

  /** Sends {@code POST /__admin/requests/find}. */
  @Override
  public List<JournalEntry> requests(RequestPattern pattern) {
    return call("POST", "requests/find", json(AdminJson.pattern(pattern)), body -> journal(body).requests());
  }

  /** Sends {@code DELETE /__admin/requests}. */
  @Override
  public void clearRequests() {
    call("DELETE", "requests", null, NOTHING);
  }

  /** Sends {@code POST /__admin/requests/verify}; the failure's message is the fake's. */
  @Override
  public List<JournalEntry> verify(RequestCount count, RequestPattern pattern) {
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("pattern", AdminJson.pattern(pattern));
    question.put("count", AdminJson.count(count));
    Journal answer = call("POST", "requests/verify", json(question), FakeAdminClient::journal);
    if (!answer.verified()) {
      throw new AssertionError(answer.message());
    }
    return answer.requests();
  }

  /** Releases the connections. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "FakeAdminClient{" + baseUrl + "}";
  }

  /** What the body of an answer is read into. */
  private interface Reader<T> {
    T read(ResponseBody body) throws IOException;
  }

  private <T> T call(String method, String path, RequestBody body, Reader<T> reader) {
    Request request = new Request.Builder().url(baseUrl.newBuilder().addPathSegment("__admin").addPathSegments(path).build())
        .header("Authorization", "Bearer " + adminKey)
        .method(method, body == null && "POST".equals(method) ? RequestBody.create(new byte[0], null) : body).build();
    try (Response response = http.newCall(request).execute()) {
      ResponseBody answer = response.body();
      if (response.isSuccessful()) {
        return reader.read(answer);
      }
      String detail = detail(answer == null ? "" : answer.string());
      if (response.code() == 400) {
        throw new IllegalArgumentException(detail);
      }
      throw new IllegalStateException(method + " " + request.url().encodedPath() + " answered HTTP " + response.code()
          + (detail.isEmpty() ? "" : ": " + detail));
    } catch (IOException unreachable) {
      throw new UncheckedIOException("The fake server at " + baseUrl + " did not answer " + method + " /__admin/" + path,
          unreachable);
    }
  }

  private static String detail(String problem) {
    try {
      Object detail = object(problem).get("detail");
      return detail == null ? problem : detail.toString();
    } catch (IOException | RuntimeException notAProblem) {
      return problem;
    }
  }

  private static RequestBody json(Map<String, Object> value) {
    return RequestBody.create(VALUES.toJson(value), JSON);
  }

  private static Map<String, ?> object(String json) throws IOException {
    return cast(VALUES.fromJson(json));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Object json) {
    if (!(json instanceof Map<?, ?>)) {
      throw new IllegalStateException("The fake answered " + json + " where a JSON object was expected");
    }
    return (Map<String, ?>) json;
  }

  /** The journal's answer: its requests and, from a verification, its verdict. */
  private record Journal(List<JournalEntry> requests, boolean verified, String message) {
  }

  /** Reads the answer as a stream, so that each entry's body stays the JSON text the fake recorded. */
  private static Journal journal(ResponseBody body) throws IOException {
    List<JournalEntry> requests = new ArrayList<>();
    boolean verified = true;
    String message = null;
    try (JsonReader reader = JsonReader.of(body.source())) {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.nextName()) {
          case "requests" -> {
            reader.beginArray();
            while (reader.hasNext()) {
              requests.add(entry(reader));
            }
            reader.endArray();
          }
          case "verified" -> verified = reader.nextBoolean();
          case "message" -> message = reader.nextString();
          default -> reader.skipValue();
        }
      }
      reader.endObject();
    }
    return new Journal(requests, verified, message);
  }

  private static JournalEntry entry(JsonReader reader) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    String body = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (!"body".equals(name)) {
        fields.put(name, reader.readJsonValue());
      } else if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
      } else {
        try (var source = reader.nextSource()) {
          body = source.readUtf8();
        }
      }
    }
    reader.endObject();
    return AdminJson.entry(fields, body);
  }
}
