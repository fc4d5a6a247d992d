package io.github.arizeadmin.fake.support;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An OkHttp interceptor that validates every response the tests receive against the contract
 * (status, Content-Type, body schema) and records the violations; {@link FakeTest} fails the
 * test when there is any.
 */
public final class ContractCheckingInterceptor implements Interceptor {
  /** Violations seen since the last {@link #drain()}. */
  private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
  /** How many responses were checked. */
  private static final java.util.concurrent.atomic.AtomicLong CHECKED = new java.util.concurrent.atomic.AtomicLong();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String path = chain.request().url().encodedPath();
    if (path.startsWith("/v2")) {
      String body = response.peekBody(Long.MAX_VALUE).string();
      VIOLATIONS.addAll(ContractValidator.validate(chain.request().method(), path, response.code(),
          response.header("Content-Type"), body));
      CHECKED.incrementAndGet();
    }
    return response;
  }

  /**
   * Validates a response received without OkHttp (raw {@code java.net.http} tests) the same way.
   *
   * @param response the response
   * @return the response
   */
  public static java.net.http.HttpResponse<String> check(java.net.http.HttpResponse<String> response) {
    String path = response.request().uri().getRawPath();
    if (path.startsWith("/v2")) {
      VIOLATIONS.addAll(ContractValidator.validate(response.request().method(), path, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null), response.body()));
      CHECKED.incrementAndGet();
    }
    return response;
  }

  /**
   * Validates an answer received over a raw socket the same way.
   *
   * @param method the request method
   * @param rawPath the request path, as sent
   * @param answer the answer
   */
  public static void check(String method, String rawPath, RawHttp.Answer answer) {
    if (rawPath.startsWith("/v2")) {
      VIOLATIONS.addAll(ContractValidator.validate(method, rawPath, answer.status(), answer.header("Content-Type"),
          answer.body()));
      CHECKED.incrementAndGet();
    }
  }

  /** @return the violations recorded so far, clearing them */
  public static List<String> drain() {
    List<String> out = List.copyOf(VIOLATIONS);
    VIOLATIONS.clear();
    return out;
  }

  /** @return how many responses were checked in this JVM */
  public static long checked() {
    return CHECKED.get();
  }
}
