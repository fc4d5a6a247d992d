package io.github.arizeadmin.fake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything that configures a fake server; the same object feeds {@link Main}, the embedded
 * server, the JUnit extension and the Docker image.
 *
 * @param port the port; 0 picks a free one
 * @param host the interface to listen on
 * @param adminKey the admin's raw API key; null generates one
 * @param seedFile a seed document to load at start, or null
 * @param seedJson a seed document (JSON text) to load at start, or null
 * @param idSeed a seed for deterministic IDs, raw keys and passwords, or null for random ones
 * @param clock the clock the fake follows (timestamps, key expiry)
 */
public record FakeServerOptions(int port, String host, String adminKey, Path seedFile, String seedJson, Long idSeed,
    Clock clock) {
  /** The default port of the command line. */
  public static final int DEFAULT_PORT = 8080;
  /** The default interface. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /**
   * Checks the options.
   *
   * @param port the port
   * @param host the host
   * @param adminKey the admin key
   * @param seedFile the seed file
   * @param seedJson the seed text
   * @param idSeed the ID seed
   * @param clock the clock
   */
  public FakeServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    host = host == null || host.isBlank() ? DEFAULT_HOST : host;
    if (adminKey != null && adminKey.isBlank()) {
      throw new IllegalArgumentException("admin key must not be blank");
    }
    clock = clock == null ? Clock.systemUTC() : clock;
  }

  /** @return a builder with the defaults (free port, 127.0.0.1, generated admin key) */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from these options */
  public Builder toBuilder() {
    return new Builder().port(port).host(host).adminKey(adminKey).seedFile(seedFile).seedJson(seedJson)
        .idSeed(idSeed).clock(clock);
  }

  /** Builds {@link FakeServerOptions}. */
  public static final class Builder {
    private int port;
    private String host = DEFAULT_HOST;
    private String adminKey;
    private Path seedFile;
    private String seedJson;
    private Long idSeed;
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /**
     * @param port the port; 0 (the builder's default) picks a free one
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * @param host the interface to listen on
     * @return this builder
     */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * @param adminKey the admin's raw key; null generates one
     * @return this builder
     */
    public Builder adminKey(String adminKey) {
      this.adminKey = adminKey;
      return this;
    }

    /**
     * @param seedFile a seed document to load at start
     * @return this builder
     */
    public Builder seedFile(Path seedFile) {
      this.seedFile = seedFile;
      return this;
    }

    /**
     * @param seedJson a seed document (JSON) to load at start
     * @return this builder
     */
    public Builder seedJson(String seedJson) {
      this.seedJson = seedJson;
      return this;
    }

    /**
     * @param idSeed a seed for deterministic IDs, keys and passwords
     * @return this builder
     */
    public Builder idSeed(Long idSeed) {
      this.idSeed = idSeed;
      return this;
    }

    /**
     * @param clock the clock to follow
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @return the options */
    public FakeServerOptions build() {
      return new FakeServerOptions(port, host, adminKey, seedFile, seedJson, idSeed, clock);
    }
  }
}
