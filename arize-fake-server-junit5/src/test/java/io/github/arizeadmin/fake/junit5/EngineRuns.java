package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs a test class through the Jupiter engine, as a build would, and reads what happened. */
final class EngineRuns {
  private EngineRuns() {
  }

  /** @return the events of the class's tests */
  static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
  }

  /** Runs the class and fails, with the tests' own failures, unless all of its {@code tests} tests passed. */
  static void assertAllPass(Class<?> testClass, int tests) {
    Events events = run(testClass);
    assertThat(failures(events)).as("failures in %s", testClass.getSimpleName()).isEmpty();
    events.assertStatistics(stats -> stats.started(tests).succeeded(tests));
  }

  /** @return the failures' stack traces as text, one per failed test */
  static List<String> failures(Events events) {
    return events.failed().stream()
        .map(event -> event.getTestDescriptor().getDisplayName() + ": " + event.getPayload(TestExecutionResult.class)
            .flatMap(TestExecutionResult::getThrowable).map(EngineRuns::stackTrace).orElse("?"))
        .toList();
  }

  private static String stackTrace(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
