package io.github.arizeadmin.fake;

import io.github.arizeadmin.fake.internal.domain.AdjustableClock;
import io.github.arizeadmin.fake.internal.domain.Domain;
import io.github.arizeadmin.fake.internal.domain.Ids;
import io.github.arizeadmin.fake.internal.domain.SeedException;
import io.github.arizeadmin.fake.internal.http.Faults;
import io.github.arizeadmin.fake.internal.http.HttpApp;
import io.github.arizeadmin.fake.internal.http.Journal;
import io.github.arizeadmin.fake.internal.http.Operator;
import io.github.arizeadmin.fake.internal.http.SeedJson;
import io.github.arizeadmin.fake.state.FakeState;
import io.github.arizeadmin.fake.internal.store.Store;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fake Arize admin API, embedded: an HTTP server on a real port, the whole admin API v2 in
 * memory with the real service's rules, and the operator surface under {@code /__admin}.
 *
 * <pre>{@code
 * try (ArizeFakeServer fake = ArizeFakeServer.start(FakeServerOptions.builder().build())) {
 *   ArizeApi api = ArizeApi.create(fake.baseUrl(), fake.adminKey());
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. Writes are linearizable; every cascade is all-or-nothing.
 */
public final class ArizeFakeServer implements AutoCloseable {
  private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Vertx>> EARLY =
      new java.util.concurrent.atomic.AtomicReference<>();
  private final FakeServerOptions options;
  private final Vertx vertx;
  private final HttpServer server;
  private final Domain domain;
  private final AdjustableClock clock;
  private final Journal journal;
  private final Faults faults;
  private final String adminKey;

  private ArizeFakeServer(FakeServerOptions options, Vertx vertx, HttpServer server, Domain domain,
      AdjustableClock clock, Journal journal, Faults faults, String adminKey) {
    this.options = options;
    this.vertx = vertx;
    this.server = server;
    this.domain = domain;
    this.clock = clock;
    this.journal = journal;
    this.faults = faults;
    this.adminKey = adminKey;
  }

  /**
   * Starts a fake server and blocks until it listens.
   *
   * @param options the options
   * @return the running server
   * @throws FakeServerException with a one-line message on a bad seed, a port in use or any other
   *     start-up failure
   */
  public static ArizeFakeServer start(FakeServerOptions options) {
    HttpApp.preload();
    AdjustableClock clock = new AdjustableClock(options.clock());
    Domain domain = new Domain(Store.inMemory(), clock, new Ids(options.idSeed()));
    String adminKey = domain.restartIds(options.adminKey());
    try {
      String seedText = seedText(options);
      if (seedText != null) {
        domain.seed(adminKey, SeedJson.read(seedText));
      } else {
        domain.reset(adminKey);
      }
    } catch (SeedException bad) {
      throw new FakeServerException("Bad seed: " + bad.getMessage(), bad, true);
    } catch (OutOfMemoryError full) {
      // The seed's text, tree and state are unreachable once this frame is left: the heap is free again.
      throw new FakeServerException(seedTooLarge(options), null, true);
    }
    java.util.concurrent.CompletableFuture<Vertx> early = EARLY.getAndSet(null);
    Vertx vertx = early != null ? early.join() : newVertx();
    Journal journal = new Journal();
    Faults faults = new Faults();
    ArizeFakeServer[] self = new ArizeFakeServer[1];
    Operator operator = new Operator() {
      @Override
      public String adminKey() {
        return adminKey;
      }

      @Override
      public void reset() {
        self[0].reset();
      }

      @Override
      public SeedResult seed(String seedJson) {
        return self[0].seedOrThrow(seedJson);
      }

      @Override
      public String exportState() {
        return self[0].exportState();
      }

      @Override
      public Instant advanceClock(Duration by) {
        self[0].advanceClock(by);
        return clock.instant();
      }
    };
    try {
      // Listen first (a placeholder answers 503 for the few milliseconds until the router is
      // built), so that binding the port overlaps the contract's loading.
      java.util.concurrent.atomic.AtomicReference<io.vertx.core.Handler<io.vertx.core.http.HttpServerRequest>> handler =
          new java.util.concurrent.atomic.AtomicReference<>(request -> request.response().setStatusCode(503)
              .putHeader("Content-Type", "application/problem+json")
              .end("{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Starting.\"}"));
      HttpServerOptions serverOptions = new HttpServerOptions().setHost(options.host()).setPort(options.port());
      java.util.concurrent.CompletableFuture<HttpServer> listening = vertx.createHttpServer(serverOptions)
          .invalidRequestHandler(HttpApp.invalidRequestHandler(serverOptions))
          .requestHandler(request -> handler.get().handle(request)).listen().toCompletionStage().toCompletableFuture();
      Router router = HttpApp.router(vertx, domain, operator, journal, faults, clock);
      handler.set(router);
      HttpServer server = listening.get(30, TimeUnit.SECONDS);
      self[0] = new ArizeFakeServer(options, vertx, server, domain, clock, journal, faults, adminKey);
      return self[0];
    } catch (ExecutionException | TimeoutException | RuntimeException failure) {
      vertx.close();
      Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
      if (cause instanceof BindException || String.valueOf(cause.getMessage()).contains("in use")) {
        throw new FakeServerException("Port " + options.port() + " on " + options.host() + " is already in use.", cause);
      }
      throw new FakeServerException("The fake server could not start: " + cause, cause);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      vertx.close();
      throw new FakeServerException("Interrupted while starting the fake server.", interrupted);
    }
  }

  private static Vertx newVertx() {
    return Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(2)
        .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
  }

  /**
   * Starts creating Vert.x on a background thread so that it overlaps the contract's loading and
   * the parsing of flags; the next {@link #start} takes it. Used by {@link Main}.
   */
  static void prepare() {
    HttpApp.preload();
    java.util.concurrent.CompletableFuture<Vertx> future = new java.util.concurrent.CompletableFuture<>();
    if (EARLY.compareAndSet(null, future)) {
      Thread thread = new Thread(() -> {
        try {
          future.complete(newVertx());
        } catch (RuntimeException | Error failure) {
          future.completeExceptionally(failure);
        }
      }, "arize-fake-vertx-start");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** One line: the seed does not fit in the heap, and what to do about it. */
  private static String seedTooLarge(FakeServerOptions options) {
    long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long size = -1;
    try {
      size = options.seedFile() == null ? -1 : Files.size(options.seedFile()) / (1024 * 1024);
    } catch (IOException | RuntimeException unknown) {
      size = -1;
    }
    // a seed's state takes roughly 10 to 20 times its JSON text
    long suggested = Math.max(256, Long.highestOneBit(Math.max(1, size) * 20) * 2);
    String which = options.seedFile() == null ? "" : " " + options.seedFile() + (size >= 0 ? " (" + size + " MB)" : "");
    return "The seed" + which + " does not fit in the heap (at most " + max + " MB): give the JVM more memory, "
        + "e.g. java -Xmx" + (suggested >= 1024 ? suggested / 1024 + "g" : suggested + "m")
        + " -jar arize-fake-server.jar ...";
  }

  private static String seedText(FakeServerOptions options) {
    if (options.seedJson() != null) {
      return options.seedJson();
    }
    if (options.seedFile() == null) {
      return null;
    }
    try {
      return Files.readString(options.seedFile(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadable) {
      throw new FakeServerException("Cannot read seed file " + options.seedFile() + ": " + unreadable, unreadable, true);
    }
  }

  /** @return the port it listens on */
  public int port() {
    return server.actualPort();
  }

  /** @return the base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash) */
  public String baseUrl() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  /** @return the admin's raw API key (also guards {@code /__admin}) */
  public String adminKey() {
    return adminKey;
  }

  /** @return the options it started with */
  public FakeServerOptions options() {
    return options;
  }

  /** Back to the fresh state (same admin key); the clock, journal and faults are left alone. */
  public void reset() {
    domain.reset(adminKey);
  }

  /**
   * Replaces the state with the fresh state plus a seed document (all or nothing).
   *
   * @param seedJson the seed document (format in the module README)
   * @return the IDs and raw keys it created
   * @throws FakeServerException naming the JSON path of the first problem
   */
  public SeedResult seed(String seedJson) {
    try {
      return seedOrThrow(seedJson);
    } catch (SeedException bad) {
      throw new FakeServerException("Bad seed: " + bad.getMessage(), bad);
    }
  }

  private SeedResult seedOrThrow(String seedJson) {
    try {
      Domain.Seeded seeded = domain.seed(adminKey, SeedJson.read(seedJson == null ? "" : seedJson));
      return new SeedResult(seeded.ids(), seeded.apiKeys());
    } catch (OutOfMemoryError full) {
      // the half-built state is unreachable once this frame is left; the current state was not touched
      throw new SeedException("$: the seed document does not fit in the heap (at most "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give the JVM more memory with -Xmx.");
    }
  }

  /** @return the whole state in the seed format (API keys as hashes), as JSON */
  public String exportState() {
    return SeedJson.export(domain);
  }

  /**
   * A typed, immutable snapshot of the whole state: users, organizations, spaces, projects, custom
   * roles, and for each user their memberships (with roles), role bindings and API keys (never a
   * raw key). Taking it copies the state; meant for assertions in tests.
   *
   * @return the snapshot
   */
  public FakeState state() {
    return domain.state();
  }

  /**
   * @return the {@code /v2} requests received, oldest first; a call's entry is there as soon as the
   *     call has returned
   */
  public List<JournalEntry> requests() {
    return journal.entries();
  }

  /**
   * @param operationId a contract operation, e.g. {@code createUser}
   * @return the {@code /v2} requests of that operation, oldest first
   */
  public List<JournalEntry> requests(String operationId) {
    return journal.entries(operationId);
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    journal.clear();
  }

  /**
   * Moves the fake's clock forward (key expiry, grace periods).
   *
   * @param by how far
   */
  public void advanceClock(Duration by) {
    clock.advance(by);
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException ignored) {
      // closing is best effort
    }
  }

  @Override
  public String toString() {
    return "ArizeFakeServer{" + baseUrl() + "}";
  }
}
