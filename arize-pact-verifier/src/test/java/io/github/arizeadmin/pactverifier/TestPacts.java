package io.github.arizeadmin.pactverifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Small pact files for the tests, in the layout pact-js writes (V3 unless said otherwise). */
final class TestPacts {
  static final String KEY = "ak-" + "tests" + "0".repeat(35);
  private static final AtomicInteger FILES = new AtomicInteger();

  private TestPacts() {
  }

  /** @return a V3 pact of consumer "tests" for "arize-admin-api" holding these interactions (JSON objects) */
  static String v3(String... interactions) {
    return """
        {"consumer": {"name": "tests"}, "provider": {"name": "arize-admin-api"},
         "interactions": [%s],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """.formatted(String.join(",\n", interactions));
  }

  /**
   * @param description the interaction's description
   * @param states its providerStates (a JSON array)
   * @param request its request (a JSON object)
   * @param response its response (a JSON object)
   * @return the interaction
   */
  static String interaction(String description, String states, String request, String response) {
    return """
        {"description": "%s", "providerStates": %s, "request": %s, "response": %s}
        """.formatted(description, states, request, response);
  }

  /** @return the file, written in the directory under a fresh name */
  static Path write(Path dir, String json) {
    try {
      return Files.writeString(dir.resolve("pact-" + FILES.incrementAndGet() + ".json"), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the verdict on the one interaction of the pact */
  static Verdict verify(PactVerifier verifier, Path dir, String pact) {
    List<Verdict> verdicts = verifier.verify(List.of(write(dir, pact))).verdicts();
    if (verdicts.size() != 1) {
      throw new AssertionError("expected one verdict, got " + verdicts);
    }
    return verdicts.get(0);
  }
}
