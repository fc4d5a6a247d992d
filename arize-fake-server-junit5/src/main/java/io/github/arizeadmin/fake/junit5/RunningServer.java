package io.github.arizeadmin.fake.junit5;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerException;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.SeedResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * A started server with its seed and the connection pool its clients share; JUnit closes it at the
 * end of its scope.
 */
// CloseableResource is deprecated since JUnit 5.13 (which closes AutoCloseable store values), but
// older JUnit versions, as pinned by many application BOMs, close only CloseableResource values.
@SuppressWarnings("deprecation")
final class RunningServer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final ArizeFakeServerTest settings;
  private final ArizeFakeServer server;
  private final String seedJson;
  private final OkHttpClient http = new OkHttpClient();
  private volatile SeedResult seeded;

  private RunningServer(ArizeFakeServerTest settings, ArizeFakeServer server, String seedJson) {
    this.settings = settings;
    this.server = server;
    this.seedJson = seedJson;
  }

  static RunningServer start(ArizeFakeServerTest settings, Class<?> testClass) {
    String seedJson = settings.seed().isEmpty() ? null : readResource(testClass, settings.seed());
    FakeServerOptions.Builder options = FakeServerOptions.builder().port(0);
    if (!settings.adminKey().isEmpty()) {
      options.adminKey(settings.adminKey());
    }
    if (settings.idSeed() >= 0) {
      options.idSeed(settings.idSeed());
    }
    RunningServer running = new RunningServer(settings, ArizeFakeServer.start(options.build()), seedJson);
    if (seedJson != null) {
      try {
        // Seeded after the start (not through the options) to keep the IDs and raw keys it created;
        // seeding restarts the ID sequence, so the IDs are the same as with a seed given at start.
        running.loadSeed();
      } catch (RuntimeException badSeed) {
        running.close();
        throw badSeed;
      }
    }
    return running;
  }

  ArizeFakeServerTest settings() {
    return settings;
  }

  ArizeFakeServer server() {
    return server;
  }

  /**
   * Back to the fresh, seeded state, with no leftover from the test before: the journal is emptied
   * and injected faults that were not used up are dropped. The fake's clock only moves forward.
   */
  void resetToSeed() {
    loadSeed();
    server.clearRequests();
    Request clearFaults = new Request.Builder().url(server.baseUrl() + "/__admin/faults").delete()
        .header("Authorization", "Bearer " + server.adminKey()).build();
    try (Response answer = http.newCall(clearFaults).execute()) {
      if (!answer.isSuccessful()) {
        throw new IllegalStateException("DELETE /__admin/faults answered HTTP " + answer.code());
      }
    } catch (IOException unreachable) {
      throw new UncheckedIOException("The fake server at " + server.baseUrl() + " did not answer", unreachable);
    }
  }

  private void loadSeed() {
    if (seedJson == null) {
      server.reset();
      return;
    }
    try {
      seeded = server.seed(seedJson);
    } catch (FakeServerException bad) {
      throw new ExtensionConfigurationException("@ArizeFakeServerTest(seed = \"" + settings.seed() + "\"): "
          + bad.getMessage(), bad);
    }
  }

  /**
   * Returns what the annotation's seed created at the latest reset.
   *
   * @throws ParameterResolutionException when the annotation names no seed
   */
  SeedResult seedResult() {
    if (seedJson == null) {
      throw new ParameterResolutionException("Nothing was seeded: name a seed document with"
          + " @ArizeFakeServerTest(seed = \"fixtures/....json\") to inject SeedResult, @SeedId or @SeedApiKey");
    }
    return seeded;
  }

  /** A new client of this server, on the shared connection pool, waiting between retries as configured. */
  TestClient newClient() {
    ClientRetries retries = new ClientRetries(settings.retryWaits());
    ArizeAdminClient client = ArizeAdminClient.builder().baseUrl(server.baseUrl()).apiKey(server.adminKey())
        .okHttpClient(http).sleeper(retries.sleeper()).clock(retries.clock()).build();
    return new TestClient(client, retries);
  }

  @Override
  public void close() {
    try {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    } finally {
      server.close();
    }
  }

  @Override
  public String toString() {
    return "ArizeFakeServer at " + server.baseUrl();
  }

  private static String readResource(Class<?> testClass, String name) {
    String path = name.startsWith("/") ? name.substring(1) : name;
    try (InputStream in = testClass.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new ExtensionConfigurationException("@ArizeFakeServerTest(seed = \"" + name + "\"): no such classpath resource");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client and the record of its retries, for one test (or one class's lifecycle methods). */
  record TestClient(ArizeAdminClient client, ClientRetries retries)
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      client.close();
    }
  }
}
