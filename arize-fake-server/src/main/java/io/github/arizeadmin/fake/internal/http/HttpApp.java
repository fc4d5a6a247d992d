package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.internal.admin.AdminJson;
import io.github.arizeadmin.fake.internal.admin.RequestVerifier;
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
import java.util.function.IntConsumer;

/**
 * The HTTP application: the router built from the contract by Vert.x's OpenAPI router (a route
 * the contract lacks cannot exist; a request breaking it gets a 400 Problem before any handler),
 * the operator surface under {@code /__admin}, and Problems for everything else.
 */
public final class HttpApp {
  /** The body size limit. */
  static final long BODY_LIMIT = 4L * 1024 * 1024;
  private static final String OPERATION = "arize.fake.operation";
  private static final String JOURNAL = "arize.fake.journal";

  private final OpenAPIContract contract;
  private final String contractVersion;
  private final Domain domain;
  private final Operator operator;
  private final Journal journal;
  private final Faults faults;
  private final RequestVerifier verifier;
  private final Clock clock;
  private final Map<String, Handler<RoutingContext>> operations;
  private final RequestValidator validator;

  private HttpApp(ContractLoader.Loaded loaded, Domain domain, Operator operator, Journal journal, Faults faults,
      RequestVerifier verifier, Clock clock) {
    this.contract = loaded.contract();
    this.contractVersion = loaded.version();
    this.domain = domain;
    this.operator = operator;
    this.journal = journal;
    this.faults = faults;
    this.verifier = verifier;
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
   * @param verifier finds and verifies journaled requests
   * @param clock the fake's clock
   * @return the router
   */
  public static Router router(Vertx vertx, Domain domain, Operator operator, Journal journal, Faults faults,
      RequestVerifier verifier, Clock clock) {
    ContractLoader.Loaded loaded = ContractLoader.get().join();
    return new HttpApp(loaded, domain, operator, journal, faults, verifier, clock).build(vertx);
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
   * arrives after it (a journal cleared in between stays clear). A request that gets no answer (an
   * injected fault dropped its connection) is journaled with status 0 just before the connection closes.
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
    IntConsumer record = status -> journal.add(new JournalEntry(rc.request().method().name(), path,
        query == null ? "" : query, operation == null ? null : operation.getOperationId(),
        status, received, JournalBody.recorded(rc.body() == null ? null : rc.body().buffer())));
    rc.put(JOURNAL, record);
    rc.addHeadersEndHandler(headers -> record.accept(rc.response().getStatusCode()));
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
    Fault fault = faults.take(operation == null ? null : operation.getOperationId());
    if (fault != null) {
      FaultAction.apply(rc, fault, () -> authenticate(rc), rc.get(JOURNAL));
    } else {
      authenticate(rc);
    }
  }

  private void authenticate(RoutingContext rc) {
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
        adminJson(rc, 200, AdminJson.seedResult(result));
      } catch (SeedException bad) {
        Problems.send(rc, 400, bad.getMessage());
      }
    }));
    router.get("/__admin/export").handler(guarded(rc ->
        rc.response().putHeader("Content-Type", "application/json").end(operator.exportState())));
    router.get("/__admin/state").handler(guarded(rc -> adminJson(rc, 200, AdminJson.state(domain.state()))));
    router.get("/__admin/requests").handler(guarded(rc -> {
      String operationId = rc.queryParams().get("operation_id");
      answerBadInput(rc, () -> adminJson(rc, 200, entries(verifier.find(journal.entries(),
          operationId == null ? RequestPattern.anyRequest() : RequestPattern.operation(operationId)))));
    }));
    router.post("/__admin/requests/find").handler(guarded(rc -> answerBadInput(rc, () -> {
      JsonObject body = jsonBody(rc);
      RequestPattern pattern = AdminJson.pattern(body == null ? null : body.getMap());
      adminJson(rc, 200, entries(verifier.find(journal.entries(), pattern)));
    })));
    router.post("/__admin/requests/verify").handler(guarded(rc -> answerBadInput(rc, () -> {
      JsonObject body = requiredJsonBody(rc);
      RequestPattern pattern = AdminJson.pattern(objectField(body, "pattern"));
      RequestCount count = AdminJson.count(objectField(body, "count"));
      RequestVerifier.Result result = verifier.verify(journal.entries(), count, pattern);
      JsonObject answer = entries(result.matched()).put("verified", result.verified());
      adminJson(rc, 200, result.message() == null ? answer : answer.put("message", result.message()));
    })));
    router.delete("/__admin/requests").handler(guarded(rc -> {
      journal.clear();
      rc.response().setStatusCode(204).end();
    }));
    router.get("/__admin/clock").handler(guarded(rc -> adminJson(rc, 200, Map.of("now", clock.instant().toString()))));
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
    router.get("/__admin/faults").handler(guarded(rc -> adminJson(rc, 200, faultList())));
    router.post("/__admin/faults").handler(guarded(rc -> answerBadInput(rc, () -> {
      Fault fault = AdminJson.fault(requiredJsonBody(rc).getMap());
      verifier.requireOperation(fault.operationId());
      faults.add(fault);
      adminJson(rc, 201, faultList());
    })));
    router.delete("/__admin/faults").handler(guarded(rc -> {
      faults.clear();
      rc.response().setStatusCode(204).end();
    }));
    router.route("/__admin/*").handler(rc -> Problems.send(rc, 404,
        "No operator endpoint " + rc.request().method() + " " + rc.request().path() + "."));
  }

  private JsonObject faultList() {
    JsonArray list = new JsonArray();
    faults.list().forEach(fault -> list.add(new JsonObject(AdminJson.fault(fault))));
    return new JsonObject().put("faults", list);
  }

  private static JsonObject entries(List<JournalEntry> entries) {
    JsonArray list = new JsonArray();
    for (JournalEntry e : entries) {
      list.add(new JsonObject(AdminJson.entryWithoutBody(e)).put("body", e.body() == null ? null : Json.decodeValue(e.body())));
    }
    return new JsonObject().put("requests", list);
  }

  /** Runs an operator action; input it refuses (an {@link IllegalArgumentException}) is a 400 Problem. */
  private static void answerBadInput(RoutingContext rc, Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException bad) {
      Problems.send(rc, 400, bad.getMessage());
    }
  }

  private static JsonObject requiredJsonBody(RoutingContext rc) {
    JsonObject body = jsonBody(rc);
    if (body == null) {
      throw new IllegalArgumentException("A JSON object is required.");
    }
    return body;
  }

  /**
   * A field of the body as plain maps, or null when absent. A parsed body keeps its nested objects
   * and arrays as plain maps and lists, which is what {@link AdminJson} reads.
   */
  private static Map<String, Object> objectField(JsonObject body, String field) {
    Object value = body.getValue(field);
    if (value != null && !(value instanceof JsonObject)) {
      throw new IllegalArgumentException(field + ": a JSON object is required.");
    }
    return value == null ? null : ((JsonObject) value).getMap();
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
