package io.github.arizeadmin.contract;

import io.github.arizeadmin.pactverifier.ArizePactTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The project's own consumer pacts, verified by {@code arize-pact-verifier} the way a downstream
 * team verifies theirs (its JUnit 5 factory, a states file): every interaction must conform to the
 * contract and get from a freshly seeded fake what it expects. The states file maps this project's
 * state names to the seed documents {@link ProviderStates} gives the provider verification.
 */
class ArizeAdminPactsVerifiedByTheToolIT {

  @TestFactory
  Stream<DynamicNode> everyInteractionPassesTheVerifier() throws IOException {
    Path states = Files.writeString(Path.of("target", "pact-verifier-states.yaml"), new Yaml().dump(states()));
    return ArizePactTests.in(Pacts.file()).states(states).dynamicTests();
  }

  private static Map<String, Object> states() {
    // well-formed IDs of this account's kinds that the seeded world does not hold
    Map<String, String> missing = Map.of("missingSpaceId", Wire.MISSING_SPACE, "missingOrgId", Wire.MISSING_ORG,
        "missingRoleId", Wire.MISSING_ROLE, "missingProjectId", Wire.MISSING_PROJECT,
        "missingBindingId", Wire.MISSING_BINDING);
    Map<String, Object> states = new LinkedHashMap<>();
    states.put(ArizeAdminConsumerPactTest.WORLD, state(Map.of()));
    states.put(ArizeAdminConsumerPactTest.DELETED, state(missing));
    states.put("space team-gone was deleted", state(missing));
    states.put("no API key ak-unknown exists", Map.of("seed", Map.of("accounts", java.util.List.of())));
    return states;
  }

  /** The world of the provider verification, its IDs under the names the pacts inject, and constants. */
  private static Map<String, Object> state(Map<String, String> values) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("orgId", "acme");
    ids.put("spaceId", "team-alpha");
    ids.put("janeId", "jane");
    ids.put("bobId", "bob");
    ids.put("ivanId", "ivan");
    ids.put("dsRoleId", "ds");
    ids.put("auditorRoleId", "auditor");
    ids.put("bindingId", "b1");
    ids.put("fraudId", "fraud");
    ids.put("ledgerId", "ledger");
    ids.put("janeKeyId", "jane-ci");
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("seed", new Yaml().load(ProviderStates.world(false)));
    state.put("ids", ids);
    state.put("values", values);
    return state;
  }
}
