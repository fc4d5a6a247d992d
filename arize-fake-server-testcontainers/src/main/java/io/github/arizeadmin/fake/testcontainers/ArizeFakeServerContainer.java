package io.github.arizeadmin.fake.testcontainers;

import io.github.arizeadmin.core.ArizeAdminClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
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
 */
public class ArizeFakeServerContainer extends GenericContainer<ArizeFakeServerContainer> {
  /** The port the server listens on inside the container. */
  public static final int PORT = 8080;
  private static final String SEED_PATH = "/tmp/arize-fake-seed.json";

  private String adminKey = "ak-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(20));

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

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
