package io.github.arizeadmin.fake.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.ArizeAdminClient;
import io.github.arizeadmin.core.Workspace;
import io.github.arizeadmin.fake.ArizeFakeServer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A test that switches its workspace's space, and one that needs the fresh workspace, run in both
 * orders on one server reset before each test: neither may see what the other did to its client.
 */
class NoLeakBetweenTestsTest {
  static final List<String> ORDER = new ArrayList<>();

  @Test
  void aSwitchedSpaceDoesNotReachTheNextTest() {
    ORDER.clear();

    EngineRuns.assertAllPass(SwitchFirst.class, 2);

    assertThat(ORDER).containsExactly("a_switchesToTeamAlpha", "b_startsInTheDefaultSpace");
  }

  @Test
  void aWorkspaceOpenedBeforeAResetDoesNotPointIntoTheOldState() {
    ORDER.clear();

    EngineRuns.assertAllPass(SwitchLast.class, 2);

    assertThat(ORDER).containsExactly("b_startsInTheDefaultSpace", "a_switchesToTeamAlpha");
  }

  @Test
  void withoutResetsEachTestStillGetsAFreshWorkspace() {
    ORDER.clear();

    EngineRuns.assertAllPass(SwitchFirstWithoutResets.class, 2);

    assertThat(ORDER).containsExactly("a_switchesToTeamAlpha", "b_startsInTheDefaultSpace");
  }

  @Test
  void faultsAndRequestsOfOneTestAreGoneInTheNext() {
    EngineRuns.assertAllPass(LeftoverFault.class, 2);
  }

  /** The two tests; the subclasses choose the order. */
  @ArizeFakeServerTest(seed = "fixtures/team-alpha.json", resetBeforeEach = true)
  abstract static class SpaceSwitchingTests {
    @Test
    void a_switchesToTeamAlpha(ArizeAdminClient arize) {
      ORDER.add("a_switchesToTeamAlpha");
      assertActiveSpaceExists(arize, "Default Space");

      arize.workspace().switchSpace("team-alpha", "Acme");

      assertActiveSpaceExists(arize, "team-alpha");
    }

    @Test
    void b_startsInTheDefaultSpace(ArizeAdminClient arize) {
      ORDER.add("b_startsInTheDefaultSpace");
      assertActiveSpaceExists(arize, "Default Space");
    }

    /** The workspace's active space, looked up again on the server by its ID. */
    private static void assertActiveSpaceExists(ArizeAdminClient arize, String name) {
      Workspace workspace = arize.workspace();
      assertThat(workspace.space().name()).isEqualTo(name);
      assertThat(arize.spaces().get(workspace.space().id()).name()).isEqualTo(name);
      assertThat(arize.organizations().get(workspace.organization().id()).name()).isNotBlank();
    }
  }

  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class SwitchFirst extends SpaceSwitchingTests {
  }

  @TestMethodOrder(ReverseMethodName.class)
  static class SwitchLast extends SpaceSwitchingTests {
  }

  @ArizeFakeServerTest(seed = "fixtures/team-alpha.json")
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class SwitchFirstWithoutResets extends SpaceSwitchingTests {
  }

  /** Test methods in reverse alphabetical order. */
  static class ReverseMethodName implements MethodOrderer {
    @Override
    public void orderMethods(MethodOrdererContext context) {
      context.getMethodDescriptors().sort(Comparator.comparing((MethodDescriptor method) -> method.getMethod().getName())
          .reversed());
    }
  }

  @ArizeFakeServerTest(resetBeforeEach = true)
  @TestMethodOrder(MethodOrderer.MethodName.class)
  static class LeftoverFault {
    @Test
    void a_leavesAnUnusedFaultAndARequest(ArizeAdminClient arize, @FakeBaseUrl String baseUrl,
        @FakeAdminKey String adminKey) {
      arize.organizations().list();
      AdminHttp.injectFault(baseUrl, adminKey, "{\"operation_id\": \"listOrganizations\", \"status\": 503, \"times\": 9}");
    }

    @Test
    void b_seesNeither(ArizeAdminClient arize, ArizeFakeServer fake, ClientRetries retries) {
      assertThat(fake.requests()).isEmpty();

      assertThat(arize.organizations().list().items()).isNotEmpty();
      assertThat(retries.waits()).isEmpty();
    }
  }
}
