package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.model.Interaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The verifier as JUnit 5 dynamic tests: one container per pact file, one test per interaction,
 * failing with the verifier's verdict line. A pact for another provider is an aborted (skipped)
 * test, a file that cannot be read a failed one.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> arizeAdminPacts() {
 *   return ArizePactTests.in(Path.of("build/pacts")).states(Path.of("src/test/resources/arize-states.yaml"))
 *       .dynamicTests();
 * }
 * }</pre>
 *
 * <p>The fake server starts when {@link #dynamicTests()} is called and stops when JUnit closes the
 * stream, after the last test. The tests carry no file source: Maven Surefire counts only tests
 * whose source is the factory's class.
 */
public final class ArizePactTests {
  private final List<Path> paths;
  private Path states;
  private final List<String> providers = new ArrayList<>();

  private ArizePactTests(List<Path> paths) {
    this.paths = List.copyOf(paths);
  }

  /**
   * @param paths pact files, or directories searched for {@code *.json} pact files
   * @return the tests' configuration: no states file, any provider whose name contains "arize"
   */
  public static ArizePactTests in(Path... paths) {
    return new ArizePactTests(Arrays.asList(paths));
  }

  /**
   * @param file the team's own provider states (JSON or YAML, format in the module README)
   * @return this
   */
  public ArizePactTests states(Path file) {
    this.states = file;
    return this;
  }

  /**
   * @param names the exact provider names to verify, instead of any name containing "arize"
   * @return this
   */
  public ArizePactTests providers(String... names) {
    providers.clear();
    providers.addAll(Arrays.asList(names));
    return this;
  }

  /**
   * Starts the verifier and lists the tests; each test verifies its interaction when JUnit runs it.
   *
   * @return the tests, to be returned from a {@code @TestFactory} method
   * @throws VerifierException when the states file cannot be read or is malformed
   */
  public Stream<DynamicNode> dynamicTests() {
    PactVerifier verifier = PactVerifier.builder().states(states).providers(providers).build();
    List<DynamicNode> nodes = new ArrayList<>();
    try {
      for (PactFiles.Source source : verifier.sources(paths)) {
        nodes.add(node(verifier, source));
      }
    } catch (RuntimeException failed) {
      verifier.close();
      throw failed;
    }
    return nodes.stream().onClose(verifier::close);
  }

  private static DynamicNode node(PactVerifier verifier, PactFiles.Source source) {
    if (source instanceof PactFiles.Readable pact) {
      return DynamicContainer.dynamicContainer(pact.file() + " (" + pact.consumer() + ")",
          PactVerifier.interactions(pact).stream().map(interaction -> test(verifier, pact, interaction)));
    }
    if (source instanceof PactFiles.OtherProvider other) {
      return DynamicTest.dynamicTest(other.file(), () -> {
        throw new TestAbortedException(PactVerifier.skipped(other).line());
      });
    }
    PactFiles.Unreadable bad = (PactFiles.Unreadable) source;
    return DynamicTest.dynamicTest(bad.file(), () -> {
      throw new AssertionFailedError(PactVerifier.unreadable(bad).line());
    });
  }

  private static DynamicTest test(PactVerifier verifier, PactFiles.Readable pact, Interaction interaction) {
    return DynamicTest.dynamicTest(interaction.getDescription(), () -> {
      Verdict verdict = verifier.verify(pact, interaction);
      if (verdict.failed()) {
        throw new AssertionFailedError(verdict.line());
      }
    });
  }
}
