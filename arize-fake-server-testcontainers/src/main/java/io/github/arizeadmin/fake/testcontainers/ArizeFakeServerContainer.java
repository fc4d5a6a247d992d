package io.github.arizeadmin.fake.testcontainers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.fake.FakeAdmin;
import io.github.arizeadmin.fake.FakeServerException;
import io.github.arizeadmin.fake.Fault;
import io.github.arizeadmin.fake.JournalEntry;
import io.github.arizeadmin.fake.RequestCount;
import io.github.arizeadmin.fake.RequestPattern;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.state.FakeState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The Arize admin fake server in a container.
 *
 * <pre>{@code
 * try (ArizeFakeServerContainer arize = new ArizeFakeServerContainer().withSeed(Path.of("fixture.json"))) {
 *   arize.start();
 *   ArizeAdminClient client = arize.newClient();
 * }
 * }</pre>
 *
 * <p>The image is built on the fly from the fake server's fat jar that this library carries (see
 * {@link ArizeFakeServerImage}), or is a prebuilt one: {@link ArizeFakeServerImage#published()} or
 * one built from a clone. The container runs it with the same start-up contract as {@code java
 * -jar}: the admin key and the seed file reach it through {@code ARIZE_FAKE_ADMIN_KEY} and {@code
 * ARIZE_FAKE_SEED}. It is ready when {@code GET /__admin/health} answers 200.
 *
 * <p>Once started, it is the fake's operator surface in Java, as the embedded server is
 * ({@link FakeAdmin}, sent over HTTP by a {@link FakeAdminClient}): reset, seed, export, faults,
 * the clock, the journal and its verification.
 *
 * <pre>{@code
 * arize.injectFault(Fault.status(503).forOperation("listUsers").times(2)); // fails twice, then succeeds
 * arize.verify(3, RequestPattern.operation("listUsers"));
 * }</pre>
 */
public class ArizeFakeServerContainer extends GenericContainer<ArizeFakeServerContainer> implements FakeAdmin {
  /** The port the server listens on inside the container. */
  public static final int PORT = 8080;
  private static final String SEED_PATH = "/tmp/arize-fake-seed.json";

  private String adminKey = "ak-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(20));
  private FakeAdminClient admin;

  /**
   * A container of the image built on the fly from the fat jar this library carries, on the
   * configured or default base image ({@link ArizeFakeServerImage#fromClasspath()}).
   */
  public ArizeFakeServerContainer() {
    this(ArizeFakeServerImage.fromClasspath());
  }

  /**
   * A container of an image built on the fly, e.g. on another base image.
   *
   * @param image the image to build (or reuse when already built)
   */
  public ArizeFakeServerContainer(ArizeFakeServerImage image) {
    super(image.future());
    configureServer();
  }

  /**
   * A container of a prebuilt image: the published one or one built from a clone.
   *
   * @param image the image, e.g. {@code ArizeFakeServerImage.published()} or {@code arize-fake-server:0.1.0}
   */
  public ArizeFakeServerContainer(DockerImageName image) {
    super(image);
    configureServer();
  }

  private void configureServer() {
    withExposedPorts(PORT);
    withEnv("ARIZE_FAKE_PORT", String.valueOf(PORT));
    withEnv("ARIZE_FAKE_HOST", "0.0.0.0");
    waitingFor(Wait.forHttp("/__admin/health").forPort(PORT).forStatusCode(200)
        .withStartupTimeout(Duration.ofSeconds(60)));
  }

  /**
   * Uses this admin key (also the API key of the fresh account's admin user) instead of a random one.
   *
   * @param adminKey the key
   * @return this container
   */
  public ArizeFakeServerContainer withAdminKey(String adminKey) {
    if (adminKey == null || adminKey.isBlank()) {
      throw new IllegalArgumentException("The admin key must not be blank");
    }
    this.adminKey = adminKey;
    return self();
  }

  /**
   * Loads a seed document (the fake server's fixture format) at start; a bad document stops the
   * container with a one-line error.
   *
   * @param seedFile a JSON file on this machine
   * @return this container
   */
  public ArizeFakeServerContainer withSeed(Path seedFile) {
    Objects.requireNonNull(seedFile, "seedFile");
    if (!Files.isRegularFile(seedFile)) {
      throw new IllegalArgumentException("No seed file at " + seedFile.toAbsolutePath());
    }
    withCopyToContainer(Transferable.of(read(seedFile), 0644), SEED_PATH);
    withEnv("ARIZE_FAKE_SEED", SEED_PATH);
    return self();
  }

  /**
   * Loads a seed document from the classpath at start.
   *
   * @param classpathResource e.g. {@code "fixtures/team-alpha.json"}
   * @return this container
   */
  public ArizeFakeServerContainer withSeedResource(String classpathResource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(classpathResource)) {
      if (in == null) {
        throw new IllegalArgumentException("No seed resource " + classpathResource + " on the classpath");
      }
      withCopyToContainer(Transferable.of(in.readAllBytes(), 0644), SEED_PATH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    withEnv("ARIZE_FAKE_SEED", SEED_PATH);
    return self();
  }

  @Override
  protected void configure() {
    withEnv("ARIZE_FAKE_ADMIN_KEY", adminKey);
  }

  /** @return the server's root URL as seen from this machine, e.g. {@code http://localhost:32768} */
  public String getBaseUrl() {
    return "http://" + getHost() + ":" + getMappedPort(PORT);
  }

  /** @return the admin key, which is also the fresh admin user's API key */
  public String getAdminKey() {
    return adminKey;
  }

  /**
   * Builds a client of the running server, authenticated as the fresh account's admin.
   *
   * @return a new client; close it when done
   */
  public ArizeAdminClient newClient() {
    return ArizeAdminClient.builder().baseUrl(getBaseUrl()).apiKey(adminKey).build();
  }

  /**
   * @return the typed client of this container's {@code /__admin} (the methods of {@link FakeAdmin} here use it)
   * @throws IllegalStateException when the container is not running
   */
  public synchronized FakeAdminClient admin() {
    if (!isRunning()) {
      throw new IllegalStateException("The fake server's container is not running: start() it first");
    }
    if (admin == null) {
      admin = new FakeAdminClient(getBaseUrl(), adminKey);
    }
    return admin;
  }

  @Override
  protected synchronized void containerIsStopping(InspectContainerResponse containerInfo) {
    if (admin != null) {
      admin.close();
      admin = null;
    }
  }

  /** Sends {@code POST /__admin/reset}: back to the fresh state (the seed given at start is not loaded again). */
  @Override
  public void reset() {
    admin().reset();
  }

  /**
   * Sends {@code POST /__admin/seed}.
   *
   * @throws FakeServerException when the fake refuses the document
   */
  @Override
  public SeedResult seed(String seedJson) {
    return admin().seed(seedJson);
  }

  /** Sends {@code GET /__admin/export}. */
  @Override
  public String exportState() {
    return admin().exportState();
  }

  /** Sends {@code GET /__admin/state}; the snapshot is read into the fake's own state types. */
  @Override
  public FakeState state() {
    return admin().state();
  }

  /** Sends {@code POST /__admin/faults}. */
  @Override
  public void injectFault(Fault fault) {
    admin().injectFault(fault);
  }

  /** Sends {@code GET /__admin/faults}. */
  @Override
  public List<Fault> faults() {
    return admin().faults();
  }

  /** Sends {@code DELETE /__admin/faults}. */
  @Override
  public void clearFaults() {
    admin().clearFaults();
  }

  /** Sends {@code GET /__admin/clock}. */
  @Override
  public Instant now() {
    return admin().now();
  }

  /**
   * Sends {@code POST /__admin/clock}.
   *
   * @throws IllegalArgumentException when negative or not whole seconds
   */
  @Override
  public Instant advanceClock(Duration by) {
    return admin().advanceClock(by);
  }

  /** Sends {@code GET /__admin/requests}. */
  @Override
  public List<JournalEntry> requests() {
    return admin().requests();
  }

  /** Sends {@code POST /__admin/requests/find}. */
  @Override
  public List<JournalEntry> requests(RequestPattern pattern) {
    return admin().requests(pattern);
  }

  /** Sends {@code DELETE /__admin/requests}. */
  @Override
  public void clearRequests() {
    admin().clearRequests();
  }

  /** Sends {@code POST /__admin/requests/verify}. */
  @Override
  public List<JournalEntry> verify(RequestCount count, RequestPattern pattern) {
    return admin().verify(count, pattern);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
