package io.github.arizeadmin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.internal.http.CoverageTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider verification: every interaction of the consumer pacts in {@code target/pacts} is
 * replayed against the fake server, started in-process on a random port. Pact talks to the fake
 * through {@link ValidatingProxy}, so each live request and response is also checked against the
 * contract. Each state reseeds the fake (all or nothing), so no interaction depends on another.
 * The operations verified are written to {@code target/pact-verified-operations.txt} and must be
 * exactly those {@code PACT-COVERAGE.md} lists, from which the fake's {@code COVERAGE.md} takes its
 * Pact-verified column.
 */
@Provider(Wire.PROVIDER)
@PactFolder("target/pacts")
class ArizeFakeProviderIT {
  private static ArizeFakeServer fake;
  private static ValidatingProxy proxy;
  private static String contract;
  /** operationIds with at least one interaction verified, none failed; written for the fake's COVERAGE.md. */
  private static final Set<String> VERIFIED = new TreeSet<>();
  private static final Set<String> FAILED = new TreeSet<>();

  @BeforeAll
  static void start() throws IOException {
    fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey(Wire.ADMIN_KEY).build());
    contract = Contract.yaml();
    proxy = ValidatingProxy.start(fake.baseUrl(), Contract.validator(contract));
  }

  @AfterAll
  static void stop() throws IOException {
    Set<String> verified = new TreeSet<>(VERIFIED);
    verified.removeAll(FAILED);
    Path list = Path.of("target", "pact-verified-operations.txt");
    Files.write(list, verified);
    try {
      // The fake's COVERAGE.md marks as Pact-verified what the committed PACT-COVERAGE.md lists:
      // this run must have verified exactly those operations.
      assertThat(verified).as("operations verified by this run vs. those PACT-COVERAGE.md (and the fake's COVERAGE.md) claim")
          .isEqualTo(CoverageTable.pactVerified(Path.of("PACT-COVERAGE.md")));
    } finally {
      closeAll();
    }
  }

  private static void closeAll() {
    if (proxy != null) {
      proxy.close();
    }
    if (fake != null) {
      fake.close();
    }
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    context.setTarget(new HttpTestTarget("127.0.0.1", proxy.port()));
    proxy.clear();
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void fakeHonoursThePact(PactVerificationContext context) {
    try {
      context.verifyInteraction();
      assertThat(proxy.exchanges()).as("requests that reached the fake").isEqualTo(1);
      assertThat(proxy.failures()).as("the fake's live exchange checked against the contract").isEmpty();
    } catch (AssertionError | RuntimeException failed) {
      proxy.calls().forEach(call -> FAILED.add(Pacts.operationId(contract, call)));
      throw failed;
    }
    proxy.calls().forEach(call -> VERIFIED.add(Pacts.operationId(contract, call)));
  }

  @State(ArizeAdminConsumerPactTest.WORLD)
  Map<String, Object> acmeWorld() {
    return ProviderStates.seedWorld(fake);
  }

  @State({"space team-gone was deleted", ArizeAdminConsumerPactTest.DELETED})
  Map<String, Object> objectsDeleted() {
    return ProviderStates.seedWorldAfterDeletions(fake);
  }

  @State("no API key ak-unknown exists")
  void freshServer() {
    fake.reset();
  }

  @State(value = {ArizeAdminConsumerPactTest.WORLD, ArizeAdminConsumerPactTest.DELETED, "space team-gone was deleted",
      "no API key ak-unknown exists"}, action = StateChangeAction.TEARDOWN)
  void backToFresh() {
    fake.reset();
  }
}
