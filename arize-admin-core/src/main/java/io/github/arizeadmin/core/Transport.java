package io.github.arizeadmin.core;

import com.squareup.moshi.JsonDataException;
import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.Problem;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one REST operation: applies the timeout, retries idempotent operations on 429/502/503/504
 * under the retry policy, and turns every failure into an {@link ArizeApiException}. Logs method,
 * path and status only (never headers, so never the key).
 */
final class Transport {
  static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

  private final ArizeApi api;
  private final RetryPolicy defaultPolicy;
  private final Duration defaultTimeout;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;

  Transport(ArizeApi api, RetryPolicy defaultPolicy, Duration defaultTimeout, Sleeper sleeper, Clock clock,
      DoubleSupplier random) {
    this.api = api;
    this.defaultPolicy = defaultPolicy;
    this.defaultTimeout = defaultTimeout;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
  }

  ArizeApi api() {
    return api;
  }

  /** Runs the operation and returns the decoded body of its success answer. */
  <T> T call(Endpoint endpoint, RequestOptions options, Supplier<Call<T>> request) {
    Response<T> response = exchange(endpoint, options, request);
    T body = response.body();
    if (body == null) {
      Request raw = response.raw().request();
      throw new TransportException(raw.method() + " " + raw.url().encodedPath() + " answered HTTP " + response.code()
          + " without the expected body", null);
    }
    return body;
  }

  /** Runs an operation whose success answer has no body (204). */
  void run(Endpoint endpoint, RequestOptions options, Supplier<Call<Void>> request) {
    exchange(endpoint, options, request);
  }

  /** Runs the operation and returns its success answer (status and body). */
  <T> Response<T> exchange(Endpoint endpoint, RequestOptions options, Supplier<Call<T>> request) {
    RetryPolicy policy = options.retryPolicy().orElse(defaultPolicy);
    Duration timeout = options.timeout().orElse(defaultTimeout);
    Instant start = clock.instant();
    int attempt = 0;
    while (true) {
      attempt++;
      Call<T> call = request.get();
      if (timeout != null) {
        call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      Request raw = call.request();
      String method = raw.method();
      String path = raw.url().encodedPath();
      Response<T> response;
      try {
        response = call.execute();
      } catch (IOException | JsonDataException failure) {
        throw new TransportException(method + " " + path + " failed: " + describe(failure), failure);
      }
      if (response.isSuccessful()) {
        LOG.debug("{} {} -> {} (attempt {})", method, path, response.code(), attempt);
        return response;
      }
      HttpFailure failure = failure(response, method, path, attempt);
      if (endpoint.idempotent() && RETRYABLE_STATUSES.contains(failure.status()) && attempt < policy.maxAttempts()) {
        Duration delay = policy.delayBefore(attempt, random.getAsDouble(), failure.retryAfter());
        Duration elapsed = Duration.between(start, clock.instant());
        if (elapsed.plus(delay).compareTo(policy.maxElapsed()) <= 0) {
          LOG.info("{} {} answered HTTP {}; retrying in {} ms (attempt {} of {})", method, path, failure.status(),
              delay.toMillis(), attempt + 1, policy.maxAttempts());
          pause(delay, method, path);
          continue;
        }
        LOG.debug("{} {}: not retrying, the retry policy's total time would be exceeded", method, path);
      }
      LOG.debug("{} {} -> {} (attempt {})", method, path, failure.status(), attempt);
      throw ArizeApiException.forStatus(failure);
    }
  }

  private void pause(Duration delay, String method, String path) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new TransportException(method + " " + path + ": interrupted while waiting to retry", interrupted);
    }
  }

  private HttpFailure failure(Response<?> response, String method, String path, int attempt) {
    ProblemDetails problem = api.problem(response).map(Transport::details).orElse(null);
    String requestId = response.headers().get("X-Request-Id");
    if (requestId == null) {
      requestId = response.headers().get("Request-Id");
    }
    Duration retryAfter = parseRetryAfter(response.headers().get("Retry-After"), clock);
    return new HttpFailure(response.code(), problem, requestId, method, path, attempt, retryAfter);
  }

  private static ProblemDetails details(Problem problem) {
    return new ProblemDetails(problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail(),
        problem.getInstance());
  }

  /** Reads {@code Retry-After}: delta-seconds (what the service sends) or an HTTP date. */
  static Duration parseRetryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until = Duration.between(clock.instant(),
            ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  private static String describe(Exception failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
