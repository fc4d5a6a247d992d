package io.github.arizeadmin.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The servers the benchmark compares, in one place: how each is started, what line says it is ready, and what
 * it needs. Every JVM target runs on the same {@code java} with the JVM's default flags.
 */
enum Target {
  /** The fake server's runnable jar, with the start-up flags its README documents. */
  FAKE("fake", "the fake server, java -jar", "Arize fake server listening on http://") {
    @Override
    List<String> command(Layout layout, int port) {
      return fakeCommand(layout, port, List.of(), List.of("--id-seed", "1"));
    }

    @Override
    Optional<String> missing(Layout layout) {
      return Files.isRegularFile(layout.fakeJar()) ? Optional.empty()
          : Optional.of(layout.fakeJar() + " is missing (build it: mvn -B -q -pl arize-fake-server -am package -DskipTests)");
    }
  },

  /** WireMock standalone serving stubs recorded from the fake; the journal and request logging off, as WireMock
   * advises for load tests (the fake's journal is bounded, WireMock's is not). */
  WIREMOCK("wiremock", "WireMock standalone, stubs recorded from the fake", "The WireMock server is started") {
    @Override
    List<String> command(Layout layout, int port) {
      return List.of(layout.java().toString(), "-jar", layout.wiremockJar().toString(), "--port", Integer.toString(port),
          "--bind-address", "127.0.0.1", "--root-dir", Stubs.wiremockRoot(layout).toString(), "--disable-banner",
          "--no-request-journal", "--disable-request-logging");
    }

    @Override
    Optional<String> missing(Layout layout) {
      return Files.isRegularFile(layout.wiremockJar()) ? Optional.empty()
          : Optional.of(layout.wiremockJar() + " is missing (Maven copies it: mvn -B -q -pl benchmarks -am package -DskipTests)");
    }
  },

  /** The ceiling: a Vert.x HTTP server answering the recorded bodies from a map, no routing, no validation. */
  VERTX("vertx", "bare Vert.x handler, fixed JSON (the ceiling)", BareVertx.READY_LINE) {
    @Override
    List<String> command(Layout layout, int port) {
      return List.of(layout.java().toString(), "-cp", layout.classPath(), BareVertx.class.getName(),
          Integer.toString(port), Stubs.bareResponses(layout).toString());
    }

    @Override
    Optional<String> missing(Layout layout) {
      return Optional.empty();
    }
  },

  /** Prism 5 mocking the contract (answers the contract's examples, validates requests); needs {@code npx}. */
  PRISM("prism", "Prism 5 mocking the contract (npx)", "Prism is listening on") {
    @Override
    List<String> command(Layout layout, int port) {
      return List.of("npx", "-y", PRISM_PACKAGE, "mock", "-h", "127.0.0.1", "-p", Integer.toString(port),
          layout.contract().toString());
    }

    @Override
    Optional<String> missing(Layout layout) {
      return Exec.onPath("npx") ? Optional.empty() : Optional.of("npx is not on the PATH");
    }
  };

  /** The npm package Prism runs from; the major version is pinned, npx resolves the newest 5.x. */
  static final String PRISM_PACKAGE = "@stoplight/prism-cli@5";

  private final String id;
  private final String description;
  private final Pattern ready;

  Target(String id, String description, String readyText) {
    this.id = id;
    this.description = description;
    this.ready = Pattern.compile(Pattern.quote(readyText));
  }

  /** The fake's {@code java -jar} command with extra JVM options and arguments. */
  static List<String> fakeCommand(Layout layout, int port, List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(layout.java().toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", layout.fakeJar().toString(), "--port", Integer.toString(port),
        "--admin-key", Layout.ADMIN_KEY));
    command.addAll(arguments);
    return command;
  }

  /** The command line that starts this target listening on {@code port} of 127.0.0.1. */
  abstract List<String> command(Layout layout, int port);

  /** Why this target cannot run here, if it cannot. */
  abstract Optional<String> missing(Layout layout);

  String id() {
    return id;
  }

  String description() {
    return description;
  }

  /** Found in the output line that says the target accepts requests. */
  Pattern ready() {
    return ready;
  }

  /** The target whose {@code id} this is, for the command line ({@code --targets fake,vertx}). */
  static Target of(String id) {
    for (Target target : values()) {
      if (target.id.equalsIgnoreCase(id.trim())) {
        return target;
      }
    }
    throw new IllegalArgumentException("unknown target '" + id + "'; known: fake, wiremock, vertx, prism");
  }
}
