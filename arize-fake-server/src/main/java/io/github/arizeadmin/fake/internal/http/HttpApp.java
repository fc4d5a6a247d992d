package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.internal.domain.ApiError;
import io.github.arizeadmin.fake.internal.domain.Domain;
import io.github.arizeadmin.fake.internal.domain.SeedException;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP application: the router built from the contract by Vert.x's OpenAPI router (a route
 * the contract lacks cannot exist; a request breaking it gets a 400 Problem before any handler),
 * the operator surface under {@code /__admin}, and Problems for everything else.
 */
public final class HttpApp {
  /** The body size limit. */
  static final long BODY_LIMIT = 4L * 1024 * 1024;
  private static final String OPERATION = "arize.fake.operation";

  private final OpenAPIContract contract;
  private final String contractVersion;
  private final Domain domain;
  private final Operator operator;
  private final Journal journal;
  private final Faults faults;
  private final Clock clock;
  private final Map<String, Handler<RoutingContext>> operations;
  private final RequestValidator validator;

  private HttpApp(ContractLoader.Loaded loaded, Domain domain, Operator operator, Journal journal, Faults faults,
      Clock clock) {
    this.contract = loaded.contract();
    this.contractVersion = loaded.version();
    this.domain = domain;
    this.operator = operator;
    this.journal = journal;
    this.faults = faults;
    this.clock = clock;
    this.operations = Operations.all(domain);
    this.validator = new RequestValidator(loaded.raw());
  }

  /**
   * Starts loading the contract in the background (once per JVM); call it as early as possible.
   *
   * @return a future of the loaded contract's version
   */
  public static CompletableFuture<String> preload() {
    return ContractLoader.get().thenApply(ContractLoader.Loaded::version);
  }

  /** @return the operationIds the fake implements */
  public static java.util.Set<String> implementedOperations() {
    return Operations.all(null).keySet();
  }

  /**
   * Builds the router.
   *
   * @param vertx the Vert.x instance
   * @param domain the rules and state
   * @param operator the operator surface's actions
   * @param journal the request journal
   * @param faults the injected failures
   * @param clock the fake's clock
   * @return the router
   */
  public static Router router(Vertx vertx, Domain domain, Operator operator, Journal journal, Faults faults,
      Clock clock) {
    ContractLoader.Loaded loaded = ContractLoader.get().join();
    return new HttpApp(loaded, domain, operator, journal, faults, clock).build(vertx);
  }

  private Router build(Vertx vertx) {
    RouterBuilder builder = RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler());
    builder.rootHandler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT));
    builder.rootHandler(this::journal);
    builder.rootHandler(HttpApp::wellEncoded);
    builder.rootHandler(this::front);
    builder.rootHandler(this::contentType);
    for (OpenAPIRoute route : builder.getRoutes()) {
      String id = route.getOperation().getOperationId();
      Handler<RoutingContext> handler = operations.get(id);
      route.setDoSecurity(false);
      // The fake validates requests itself (RequestValidator): every problem at once, in words, on the
      // event loop; Vert.x's validator reports one problem in its own terms, on a worker thread.
      route.setDoValidation(false);
      route.addHandler(rc -> validate(rc, id));
      route.addHandler(handler != null ? handler
          : rc -> Problems.send(rc, 501, "The fake server does not implement " + id + " yet."));
      route.addFailureHandler(Problems::failure);
    }
    Router router = builder.createRouter();
    admin(router);
    // Whatever status the router answers itself (no route, a method the path does not take, a body
    // over the limit, a path that does not decode), it answers a Problem.
    for (int status = 400; status < 600; status++) {
      router.errorHandler(status, Problems.errorHandler(status));
    }
    return router;
  }

  /**
   * The handler of requests the HTTP server's codec rejects before any router sees them (a request
   * line or headers over the limits, a malformed request): a Problem with the status Vert.x chose
   * (414, 431 or 400).
   *
   * @param options the server's options (their limits are named in the Problem)
   * @return the handler to pass to {@link io.vertx.core.http.HttpServer#invalidRequestHandler}
   */
  public static Handler<io.vertx.core.http.HttpServerRequest> invalidRequestHandler(
      io.vertx.core.http.HttpServerOptions options) {
    return Problems.invalidRequests(options.getMaxInitialLineLength(), options.getMaxHeaderSize());
  }

  /**
   * A path or query that is not percent-encoded UTF-8 is a 400, before the router decodes it (its
   * decoder would fail while matching routes, and handlers while reading parameters).
   */
  private static void wellEncoded(RoutingContext rc) {
    String path = rc.request().path();
    String query = rc.request().query();
    if (path != null && !PercentEncoding.decodes(path)) {
      Problems.send(rc, 400, "The path is not percent-encoded UTF-8: " + PercentEncoding.shown(path) + ".");
    } else if (query != null && !PercentEncoding.decodes(query)) {
      Problems.send(rc, 400, "The query is not percent-encoded UTF-8: " + PercentEncoding.shown(query) + ".");
    } else {
      rc.next();
    }
  }

  /** A request that breaks the contract is a 400 naming every problem, before the operation's handler. */
  private void validate(RoutingContext rc, String operationId) {
    List<String> problems = new java.util.ArrayList<>(validator.parameters(operationId, rc::queryParam, rc::pathParam));
    boolean hasBody = rc.body() != null && rc.body().buffer() != null && rc.body().length() > 0;
    problems.addAll(validator.body(operationId, hasBody ? rc.body().asJsonObject() : null));
    if (problems.isEmpty()) {
      rc.next();
    } else {
      Problems.send(rc, 400, String.join("; ", problems) + ".");
    }
  }

  /**
   * Journals every {@code /v2} request just before its response's headers are written (the status
   * is known then), so that the entry is there the moment the client has the answer, and never
   * arrives after it (a journal cleared in between stays clear).
   */
  private void journal(RoutingContext rc) {
    String path = rc.request().path();
    if (path == null || !path.startsWith("/v2")) {
      rc.next();
      return;
    }
    Instant received = clock.instant();
    Operation operation = contract.findOperation(path, rc.request().method());
    rc.put(OPERATION, operation);
    String query = rc.request().query();
    rc.addHeadersEndHandler(headers -> journal.add(new JournalEntry(rc.request().method().name(), path,
        query == null ? "" : query, operation == null ? null : operation.getOperationId(),
        rc.response().getStatusCode(), received, JournalBody.recorded(rc.body() == null ? null : rc.body().buffer()))));
    rc.next();
  }

  /** Injected faults and authentication for {@code /v2}, before validation. */
  private void front(RoutingContext rc) {
    String path = rc.request().path();
    if (path == null || !path.startsWith("/v2")) {
      rc.next();
      return;
    }
    Operation operation = rc.get(OPERATION);
    String operationId = operation == null ? null : operation.getOperationId();
    Faults.Fault fault = faults.take(operationId);
    if (fault != null) {
      if (fault.retryAfterSeconds() != null) {
        rc.response().putHeader("Retry-After", String.valueOf(fault.retryAfterSeconds()));
      }
      Problems.send(rc, fault.status(), "Injected by POST /__admin/faults.");
      return;
    }
    try {
      rc.put(Operations.CALLER, domain.authenticate(rc.request().getHeader("Authorization")));
    } catch (ApiError unauthorized) {
      rc.response().putHeader("WWW-Authenticate", "Bearer");
      Problems.send(rc, unauthorized.status(), unauthorized.getMessage());
      return;
    }
    rc.next();
  }

  /**
   * JSON bodies only: an operation with a required body needs {@code Content-Type:
   * application/json} (the contract declares no 415, so this is a 400); an empty optional body
   * (refresh) or a body-less POST is accepted with or without that header.
   */
  private void contentType(RoutingContext rc) {
    Operation operation = rc.get(OPERATION);
    if (operation == null || operation.getRequestBody() == null) {
      rc.next();
      return;
    }
    boolean empty = rc.body() == null || rc.body().buffer() == null || rc.body().length() <= 0;
    String type = rc.request().getHeader("Content-Type");
    boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    if (empty && !operation.getRequestBody().isRequired()) {
      rc.request().headers().remove("Content-Type");
      rc.next();
      return;
    }
    if (!json) {
      Problems.send(rc, 400, "Content-Type must be application/json (got " + (type == null ? "none" : type) + ").");
      return;
    }
    if (!empty) {
      try {
        Object parsed = Json.decodeValue(rc.body().buffer());
        if (!(parsed instanceof JsonObject)) {
          Problems.send(rc, 400, "The request body must be a JSON object.");
          return;
        }
      } catch (DecodeException notJson) {
        Problems.send(rc, 400, "The request body is not valid JSON.");
        return;
      }
    }
    rc.next();
  }

  private void admin(Router router) {
    router.get("/__admin/health").handler(rc -> adminJson(rc, 200, Map.of("status", "UP")));
    router.get("/__admin/info").handler(guarded(rc -> {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("contract_version", contractVersion);
      info.put("server_version", Version.SERVER);
      List<String> all = contract.operations().stream().map(Operation::getOperationId).sorted().toList();
      List<String> implemented = all.stream().filter(operations::containsKey).toList();
      info.put("operations_total", all.size());
      info.put("operations_implemented", implemented.size());
      info.put("operations", implemented);
      adminJson(rc, 200, info);
    }));
    router.post("/__admin/reset").handler(guarded(rc -> {
      operator.reset();
      rc.response().setStatusCode(204).end();
    }));
    router.post("/__admin/seed").handler(guarded(rc -> {
      String text = rc.body() == null ? "" : rc.body().asString(StandardCharsets.UTF_8.name());
      try {
        SeedResult result = operator.seed(text);
        adminJson(rc, 200, Map.of("ids", result.ids(), "api_keys", result.apiKeys()));
      } catch (SeedException bad) {
        Problems.send(rc, 400, bad.getMessage());
      }
    }));
    router.get("/__admin/export").handler(guarded(rc ->
        rc.response().putHeader("Content-Type", "application/json").end(operator.exportState())));
    router.get("/__admin/requests").handler(guarded(rc -> {
      String operationId = rc.queryParams().get("operation_id");
      if (operationId != null && contract.operation(operationId) == null) {
        Problems.send(rc, 400, "operation_id: '" + operationId + "' is not an operation of the contract.");
        return;
      }
      JsonArray entries = new JsonArray();
      for (JournalEntry e : operationId == null ? journal.entries() : journal.entries(operationId)) {
        entries.add(new JsonObject().put("method", e.method()).put("path", e.path()).put("query", e.query())
            .put("operation_id", e.operationId()).put("status", e.status()).put("time", e.time().toString())
            .put("body", e.body() == null ? null : Json.decodeValue(e.body())));
      }
      adminJson(rc, 200, new JsonObject().put("requests", entries));
    }));
    router.delete("/__admin/requests").handler(guarded(rc -> {
      journal.clear();
      rc.response().setStatusCode(204).end();
    }));
    router.post("/__admin/clock").handler(guarded(rc -> {
      JsonObject body = jsonBody(rc);
      Object seconds = body == null ? null : body.getValue("advance_seconds");
      if (!(seconds instanceof Number n) || n.longValue() < 0 || n.doubleValue() != Math.floor(n.doubleValue())) {
        Problems.send(rc, 400, "advance_seconds: a whole number of seconds, 0 or more, is required.");
        return;
      }
      Instant now = operator.advanceClock(Duration.ofSeconds(n.longValue()));
      adminJson(rc, 200, Map.of("now", now.toString()));
    }));
    router.post("/__admin/faults").handler(guarded(rc -> {
      JsonObject body = jsonBody(rc);
      if (body == null) {
        Problems.send(rc, 400, "A JSON object is required.");
        return;
      }
      Object status = body.getValue("status");
      Object times = body.getValue("times", 1);
      Object retry = body.getValue("retry_after_seconds");
      Object op = body.getValue("operation_id");
      if (!(status instanceof Integer s) || !Faults.STATUSES.contains(s)) {
        Problems.send(rc, 400, "status: one of " + new java.util.TreeSet<>(Faults.STATUSES) + " is required.");
      } else if (!(times instanceof Integer t) || t < 1) {
        Problems.send(rc, 400, "times: a positive integer is required.");
      } else if (retry != null && (!(retry instanceof Integer r) || r < 0)) {
        Problems.send(rc, 400, "retry_after_seconds: a non-negative integer is required.");
      } else if (op != null && (!(op instanceof String name) || contract.operation(name) == null)) {
        Problems.send(rc, 400, "operation_id: '" + op + "' is not an operation of the contract.");
      } else {
        Integer retryAfter = (Integer) retry;
        if (retryAfter == null && s == 429) {
          retryAfter = 1;
        }
        faults.add(new Faults.Fault((String) op, s, t, retryAfter));
        adminJson(rc, 201, Map.of("faults", faults.views()));
      }
    }));
    router.delete("/__admin/faults").handler(guarded(rc -> {
      faults.clear();
      rc.response().setStatusCode(204).end();
    }));
    router.route("/__admin/*").handler(rc -> Problems.send(rc, 404,
        "No operator endpoint " + rc.request().method() + " " + rc.request().path() + "."));
  }

  /** The operator surface's answers: small documents, encoded by Vert.x. */
  private static void adminJson(RoutingContext rc, int status, Object body) {
    rc.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Json.encode(body));
  }

  private static JsonObject jsonBody(RoutingContext rc) {
    try {
      return rc.body() == null || rc.body().buffer() == null || rc.body().length() <= 0 ? null : rc.body().asJsonObject();
    } catch (DecodeException | ClassCastException bad) {
      return null;
    }
  }

  private Handler<RoutingContext> guarded(Handler<RoutingContext> handler) {
    return rc -> {
      String header = rc.request().getHeader("Authorization");
      String expected = "Bearer " + operator.adminKey();
      if (header == null || !MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
          expected.getBytes(StandardCharsets.UTF_8))) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(rc, 401, "The operator surface needs Authorization: Bearer <admin key>.");
        return;
      }
      try {
        handler.handle(rc);
      } catch (RuntimeException failure) {
        rc.fail(failure);
      }
    };
  }
}
