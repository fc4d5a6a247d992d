package io.github.arizeadmin.pactverifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The JUnit 5 factory, run by the JUnit Platform itself on the example pacts: one test per
 * interaction failing with the verdict line, an aborted test for another provider's pact, a failed
 * one for an unreadable file.
 */
class ArizePactTestsTest {

  /** What a team writes (run here through the engine test kit, not directly by the build). */
  static class TeamPactTests {
    @TestFactory
    Stream<DynamicNode> arizeAdminPacts() {
      return ArizePactTests.in(ExamplePactsTest.EXAMPLES).states(ExamplePactsTest.STATES).dynamicTests();
    }
  }

  @Test
  void everyInteractionIsATestThatFailsWithItsVerdictLine() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(TeamPactTests.class)).execute()
        .testEvents();
    List<String> expected = ExamplePactsTest.EXPECTED;
    assertThat(tests.succeeded().count()).isEqualTo(expected.stream().filter(l -> l.startsWith("PASS")).count());
    assertThat(tests.aborted().count()).isEqualTo(1);
    assertThat(messages(tests.failed())).containsExactlyInAnyOrderElementsOf(
        expected.stream().filter(l -> l.startsWith("FAIL")).toList());
    assertThat(messages(tests.aborted())).containsExactly(expected.stream().filter(l -> l.startsWith("SKIP"))
        .findFirst().orElseThrow());
    assertThat(tests.succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
        .contains("add jane to team-alpha", "get the seeded organization Acme");
  }

  private static List<String> messages(Events events) {
    return events.stream().map(Event::getPayload).map(p -> p.orElseThrow())
        .map(p -> ((TestExecutionResult) p).getThrowable().orElseThrow().getMessage()).toList();
  }
}
