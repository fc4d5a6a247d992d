package io.github.arizeadmin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the runner finds what it starts and where it writes: the repository root, the fake's runnable jar,
 * WireMock's standalone jar (copied there by Maven), the contract Prism mocks, the JVM the servers run on, the
 * runner's own class path (for the child mains) and the working directory for scripts, stubs, seeds and logs.
 */
record Layout(Path root, Path java, String classPath, Path work) {

  /** The admin key every target is started with and every request carries. */
  static final String ADMIN_KEY = "ak-bench000000000000000000000000000000000";

  Path fakeJar() {
    return root.resolve("arize-fake-server/target/arize-fake-server.jar");
  }

  Path wiremockJar() {
    return root.resolve("benchmarks/target/wiremock/wiremock-standalone.jar");
  }

  Path contract() {
    return root.resolve("openapi/src/main/resources/openapi/arize-admin-v2.yaml");
  }

  Path readme() {
    return root.resolve("benchmarks/README.md");
  }

  /** The diagnostic command of the same JDK as {@link #java()}: attaching needs the same version. */
  Path jcmd() {
    return java.resolveSibling("jcmd");
  }

  Path dir(String name) {
    Path dir = work.resolve(name);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository root: the first directory, from {@code start} upwards, that holds the fake's module. */
  static Optional<Path> findRoot(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("arize-fake-server")) && Files.isDirectory(dir.resolve("benchmarks"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The {@code java} launcher of the JVM running this code. */
  static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
