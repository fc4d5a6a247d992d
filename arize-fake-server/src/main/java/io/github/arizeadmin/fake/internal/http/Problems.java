package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes every error as an {@code application/problem+json} Problem; never a stack trace. */
final class Problems {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  private Problems() {
  }

  static void send(RoutingContext rc, int status, String detail) {
    if (rc.response().ended() || rc.response().headWritten()) {
      return;
    }
    JsonObject problem = new JsonObject().put("title", ApiError.title(status)).put("status", status);
    if (detail != null && !detail.isBlank()) {
      problem.put("detail", detail);
    }
    rc.response().setStatusCode(status).putHeader("Content-Type", PROBLEM_JSON).end(problem.encode());
  }

  /** The failure handler of every route: maps what went wrong to its Problem. */
  static void failure(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (failure instanceof HttpException http && http.getCause() != null) {
      failure = http.getCause();
    }
    if (failure instanceof ApiError error) {
      send(rc, error.status(), error.getMessage());
    } else if (failure instanceof ValidatorException invalid) {
      send(rc, 400, invalid.getMessage());
    } else if (failure instanceof DecodeException) {
      send(rc, 400, "The request body is not valid JSON.");
    } else if (failure instanceof NumberFormatException bad) {
      send(rc, 400, "Not a number: " + bad.getMessage());
    } else if (rc.failure() instanceof HttpException http) {
      int status = http.getStatusCode();
      send(rc, status, status == 413 ? "The request body is too large." : http.getPayload());
    } else if (failure != null) {
      LOG.log(Level.WARNING, "Unexpected failure on " + rc.request().method() + " " + rc.request().path(), failure);
      send(rc, 500, "The fake server failed unexpectedly: " + failure.getClass().getSimpleName());
    } else {
      int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
      send(rc, status, status == 404 ? "No route for " + rc.request().method() + " " + rc.request().path() + "."
          : status == 405 ? "Method " + rc.request().method() + " is not allowed on " + rc.request().path() + "."
          : null);
    }
  }
}
