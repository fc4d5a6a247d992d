package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every error as an {@code application/problem+json} Problem with exactly the contract's
 * fields ({@code title}, {@code status}, {@code detail}); never a stack trace, never an empty body,
 * also for what the HTTP codec and the router answer before any handler runs.
 */
final class Problems {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final int MAX_DETAIL = 4000;
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  /** Titles of statuses no rule of the API answers (those come from {@link ApiError#title}). */
  private static final Map<Integer, String> PROTOCOL_TITLES = Map.of(406, "Not Acceptable", 408, "Request Timeout",
      411, "Length Required", 414, "URI Too Long", 415, "Unsupported Media Type", 417, "Expectation Failed",
      431, "Request Header Fields Too Large");

  private Problems() {
  }

  static void send(RoutingContext rc, int status, String detail) {
    write(rc.response(), status, detail);
  }

  private static void write(HttpServerResponse response, int status, String detail) {
    if (response.ended() || response.headWritten()) {
      return;
    }
    JsonObject problem = new JsonObject().put("title", title(status)).put("status", status)
        .put("detail", detail == null || detail.isBlank() ? title(status) + "." : readable(detail));
    response.setStatusCode(status).putHeader("Content-Type", PROBLEM_JSON).end(problem.encode());
  }

  /**
   * A detail that echoes what the client sent stays readable and encodable: at most
   * {@value #MAX_DETAIL} characters, and no unpaired surrogate (which JSON encoders refuse or mangle).
   */
  private static String readable(String detail) {
    String cut = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
    StringBuilder out = new StringBuilder(cut.length());
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1))) {
        out.append(c).append(cut.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /**
   * @param status an HTTP status
   * @return the Problem's title: the reason phrase of the status
   */
  static String title(int status) {
    String title = ApiError.title(status);
    if (!"Error".equals(title)) {
      return title;
    }
    return PROTOCOL_TITLES.getOrDefault(status, HttpResponseStatus.valueOf(status).reasonPhrase());
  }

  /**
   * The HTTP server's handler of requests its codec could not decode (a request line or headers
   * over the limits, a malformed request): they never reach the router, so they are answered here,
   * after which Vert.x closes the connection.
   *
   * @param maxLineLength the request line limit, in bytes
   * @param maxHeaderSize the headers limit, in bytes
   * @return the handler
   */
  static Handler<HttpServerRequest> invalidRequests(int maxLineLength, int maxHeaderSize) {
    return request -> {
      Throwable cause = request.decoderResult().cause();
      if (cause instanceof TooLongHttpLineException) {
        write(request.response(), 414, "The request line (method, path and query) is longer than "
            + maxLineLength + " bytes.");
      } else if (cause instanceof TooLongHttpHeaderException) {
        write(request.response(), 431, "The request headers are larger than " + maxHeaderSize + " bytes.");
      } else {
        write(request.response(), 400, "The request is not valid HTTP/1.1"
            + (cause == null || cause.getMessage() == null ? "." : ": " + oneLine(cause.getMessage()) + "."));
      }
    };
  }

  /**
   * The router's error handler for {@code status}: what the router answers itself (no route, a
   * method the path does not take, a body over the limit) and every failure of a route.
   *
   * @param status the status the router reports
   * @return the handler
   */
  static Handler<RoutingContext> errorHandler(int status) {
    return rc -> failure(rc, status);
  }

  /** The failure handler of every route: maps what went wrong to its Problem. */
  static void failure(RoutingContext rc) {
    failure(rc, rc.statusCode());
  }

  private static void failure(RoutingContext rc, int reported) {
    Throwable failure = rc.failure();
    if (failure instanceof HttpException http && http.getCause() != null) {
      failure = http.getCause();
    }
    if (failure instanceof ApiError error) {
      send(rc, error.status(), error.getMessage());
    } else if (failure instanceof DecodeException) {
      send(rc, 400, "The request body is not valid JSON.");
    } else if (failure instanceof NumberFormatException bad) {
      send(rc, 400, "Not a number: " + bad.getMessage());
    } else if (failure instanceof HttpException http) {
      send(rc, http.getStatusCode(), detail(rc, http.getStatusCode(), http.getPayload()));
    } else if (failure != null) {
      LOG.log(Level.WARNING, "Unexpected failure on " + rc.request().method() + " " + rc.request().path(), failure);
      send(rc, 500, "The fake server failed unexpectedly: " + failure.getClass().getSimpleName());
    } else {
      int status = reported >= 400 && reported < 600 ? reported : 500;
      send(rc, status, detail(rc, status, null));
    }
  }

  private static String detail(RoutingContext rc, int status, String payload) {
    if (payload != null && !payload.isBlank()) {
      return payload;
    }
    String request = rc.request().method() + " " + rc.request().path();
    return switch (status) {
      case 400 -> "The request is malformed: " + request + ".";
      case 404 -> "No route for " + request + ".";
      case 405 -> "Method " + rc.request().method() + " is not allowed on " + rc.request().path() + ".";
      case 413 -> "The request body is larger than the " + HttpApp.BODY_LIMIT / (1024 * 1024) + " MB limit.";
      default -> title(status) + ": " + request + ".";
    };
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
