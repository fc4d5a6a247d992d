package io.github.arizeadmin.pactverifier;

import static io.github.arizeadmin.pactverifier.TestPacts.interaction;
import static io.github.arizeadmin.pactverifier.TestPacts.v3;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests that verify small pact files with one verifier (no states file) per test class. */
abstract class VerifierTest {
  static PactVerifier verifier;
  @TempDir
  Path dir;

  @BeforeAll
  static void startVerifier() {
    verifier = PactVerifier.builder().build();
  }

  @AfterAll
  static void stopVerifier() {
    verifier.close();
  }

  /** @return the verdict on a pact of one interaction, "the interaction" */
  Verdict verify(String states, String request, String response) {
    return TestPacts.verify(verifier, dir, v3(interaction("the interaction", states, request, response)));
  }
}
