package io.github.arizeadmin.fake.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.RemoteDockerImage;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;
import org.testcontainers.utility.LazyFuture;

/**
 * The fake server's image, built on the fly from the fat jar: no clone of the repository and no
 * published image needed, only a base image with a Java 17+ runtime.
 *
 * <pre>{@code
 * // the fat jar this library carries, on the default base (eclipse-temurin:17-jre)
 * new ArizeFakeServerContainer(ArizeFakeServerImage.fromClasspath());
 * // another base, e.g. from a registry mirror
 * new ArizeFakeServerContainer(ArizeFakeServerImage.fromClasspath().withBaseImage("mirror.example.com/eclipse-temurin:17-jre"));
 * }</pre>
 *
 * <p>The image is built from the same Dockerfile as the published one and named
 * {@code localhost/arize-fake-server:<version>-<digest>}, the digest covering the jar, the Dockerfile
 * and the base image; an image of that name already present is reused instead of built again, and
 * the image is kept after the tests for the next run. The base image goes through Testcontainers'
 * image-name substitution (for example {@code TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX}), like every
 * image Testcontainers pulls.
 *
 * <p>Without {@link #withBaseImage(String)} the base is, in order: the system property {@value
 * #BASE_IMAGE_PROPERTY}, the environment variable {@value #BASE_IMAGE_ENV}, the Dockerfile's default
 * ({@code eclipse-temurin:17-jre}). Immutable and thread-safe; a JVM builds each image once.
 */
public final class ArizeFakeServerImage {
  /** The system property naming the base image when none is given in code. */
  public static final String BASE_IMAGE_PROPERTY = "arize.fake.base-image";
  /** The environment variable naming the base image when none is given in code or as a property. */
  public static final String BASE_IMAGE_ENV = "ARIZE_FAKE_BASE_IMAGE";

  private static final String RESOURCES = "/io/github/arizeadmin/fake/testcontainers/";
  private static final String JAR_IN_CONTEXT = "arize-fake-server.jar";
  private static final Pattern BASE_IMAGE_ARG = Pattern.compile("(?m)^ARG BASE_IMAGE=(\\S+)\\s*$");
  private static final Properties IMAGE = loadProperties();
  private static final Map<String, LazyFuture<String>> BUILDS = new ConcurrentHashMap<>();

  private final JarSource jar;
  private final String baseImage;

  private ArizeFakeServerImage(JarSource jar, String baseImage) {
    this.jar = jar;
    this.baseImage = baseImage;
  }

  /**
   * The image of the fat jar this library carries (the fake server of the same version).
   *
   * @return the image, on the configured or default base
   */
  public static ArizeFakeServerImage fromClasspath() {
    return new ArizeFakeServerImage(new JarSource("the fat jar in arize-fake-server-testcontainers", () -> {
      InputStream in = ArizeFakeServerImage.class.getResourceAsStream(RESOURCES + JAR_IN_CONTEXT);
      if (in == null) {
        throw new IllegalStateException("arize-fake-server.jar is missing from the arize-fake-server-testcontainers jar");
      }
      return in;
    }), configuredBaseImage());
  }

  /**
   * The image of another fat jar of the fake server, e.g. one downloaded or built elsewhere.
   *
   * @param fatJar the runnable jar ({@code java -jar} must start the fake server)
   * @return the image, on the configured or default base
   * @throws IllegalArgumentException when there is no such file
   */
  public static ArizeFakeServerImage fromJar(Path fatJar) {
    Objects.requireNonNull(fatJar, "fatJar");
    if (!Files.isRegularFile(fatJar)) {
      throw new IllegalArgumentException("No fat jar at " + fatJar.toAbsolutePath());
    }
    return new ArizeFakeServerImage(new JarSource(fatJar.toString(), () -> Files.newInputStream(fatJar)),
        configuredBaseImage());
  }

  /**
   * Returns this image on another base.
   *
   * @param image a base image with a Java 17 or newer runtime whose {@code java} is on the {@code PATH},
   *     e.g. {@code eclipse-temurin:21-jre}
   * @return a new image description
   */
  public ArizeFakeServerImage withBaseImage(String image) {
    if (image == null || image.isBlank()) {
      throw new IllegalArgumentException("The base image must not be blank");
    }
    return new ArizeFakeServerImage(jar, image.strip());
  }

  /**
   * Returns the base image, as configured (before Testcontainers' image-name substitution).
   *
   * @return for example {@code eclipse-temurin:17-jre}
   */
  public String baseImage() {
    return baseImage;
  }

  /**
   * Returns the base image used when nothing else is configured: the Dockerfile's default.
   *
   * @return {@code eclipse-temurin:17-jre}
   */
  public static String defaultBaseImage() {
    Matcher match = BASE_IMAGE_ARG.matcher(new String(dockerfile(), StandardCharsets.UTF_8));
    if (!match.find()) {
      throw new IllegalStateException("The Dockerfile in arize-fake-server-testcontainers names no default BASE_IMAGE");
    }
    return match.group(1);
  }

  /**
   * Returns the name a release publishes the image under (a maintainer pushes it; CI does not).
   *
   * @return {@code docker.io/arizeadmin/arize-fake-server:<this library's version>}
   */
  public static DockerImageName published() {
    return DockerImageName.parse(IMAGE.getProperty("published"));
  }

  /**
   * Returns the name {@code docker build -f docker/Dockerfile} gives the image in a clone of the
   * repository (the name its README uses).
   *
   * @return {@code arize-fake-server:<this library's version>}
   */
  public static DockerImageName locallyBuilt() {
    return DockerImageName.parse(IMAGE.getProperty("local"));
  }

  /**
   * Builds the image now, unless Docker already has it (containers do this on start, so calling it is
   * only needed to build ahead, or to run the image with other tools).
   *
   * @return the image's name, {@code localhost/arize-fake-server:<version>-<digest>}
   * @throws IllegalStateException when the build fails, e.g. because the base image cannot be pulled
   */
  public String build() {
    return future().get();
  }

  /** The name of the built image, resolved (built when missing) on first use. */
  LazyFuture<String> future() {
    byte[] jarBytes = jar.read();
    String base = ImageNameSubstitutor.instance().apply(DockerImageName.parse(baseImage)).asCanonicalNameString();
    String name = "localhost/arize-fake-server:" + IMAGE.getProperty("version") + "-" + digest(jarBytes, base);
    return BUILDS.computeIfAbsent(name, key -> new Build(key, base, jarBytes));
  }

  @Override
  public String toString() {
    return "ArizeFakeServerImage{jar=" + jar.description() + ", baseImage=" + baseImage + "}";
  }

  private static String configuredBaseImage() {
    String property = System.getProperty(BASE_IMAGE_PROPERTY);
    if (property != null && !property.isBlank()) {
      return property.strip();
    }
    String env = System.getenv(BASE_IMAGE_ENV);
    return env != null && !env.isBlank() ? env.strip() : defaultBaseImage();
  }

  private static String digest(byte[] jarBytes, String base) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(jarBytes);
      sha.update(dockerfile());
      sha.update(base.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }

  private static byte[] dockerfile() {
    return readResource(RESOURCES + "Dockerfile");
  }

  private static byte[] readResource(String name) {
    try (InputStream in = ArizeFakeServerImage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the arize-fake-server-testcontainers jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties loadProperties() {
    Properties properties = new Properties();
    try (InputStream in = ArizeFakeServerImage.class.getResourceAsStream("image.properties")) {
      properties.load(Objects.requireNonNull(in, "image.properties is missing from the jar"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** Where the fat jar comes from. */
  private record JarSource(String description, Opener opener) {
    byte[] read() {
      try (InputStream in = opener.open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + description, e);
      }
    }
  }

  /** Opens the jar's bytes. */
  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }

  /** Reuses the image when Docker has it, else builds it; once per JVM and name. */
  private static final class Build extends LazyFuture<String> {
    private final String name;
    private final String base;
    private byte[] jarBytes;

    Build(String name, String base, byte[] jarBytes) {
      this.name = name;
      this.base = base;
      this.jarBytes = jarBytes;
    }

    @Override
    protected String resolve() {
      try {
        if (!present()) {
          // Pulled by Testcontainers first (when missing), with the credentials of ~/.docker/config.json,
          // which a build's own pull of the FROM image would not use.
          new RemoteDockerImage(DockerImageName.parse(base)).withImageNameSubstitutor(ImageNameSubstitutor.noop()).get();
          // Kept after the JVM ends (not deleteOnExit): the next run finds it by name.
          new ImageFromDockerfile(name, false)
              .withFileFromTransferable("Dockerfile", Transferable.of(dockerfile()))
              .withFileFromTransferable(JAR_IN_CONTEXT, Transferable.of(jarBytes))
              .withBuildArg("BASE_IMAGE", base)
              .withBuildArg("JAR_FILE", JAR_IN_CONTEXT)
              .get();
        }
      } catch (RuntimeException failed) {
        throw new IllegalStateException("Building the fake server's image " + name + " on the base image " + base
            + " failed (is the base image available? see the module README): " + failed.getMessage(), failed);
      }
      jarBytes = null; // built or found: the 8 MB are not needed again
      return name;
    }

    private boolean present() {
      try {
        DockerClientFactory.instance().client().inspectImageCmd(name).exec();
        return true;
      } catch (NotFoundException absent) {
        return false;
      }
    }
  }
}
