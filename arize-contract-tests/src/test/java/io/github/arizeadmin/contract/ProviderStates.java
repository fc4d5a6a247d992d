package io.github.arizeadmin.contract;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.SeedResult;
import java.util.HashMap;
import java.util.Map;

/**
 * The seed documents behind the provider states, and the map of generated IDs each state hands
 * to Pact for {@code fromProviderState} expressions.
 */
final class ProviderStates {
  /** Acme with team-alpha (jane a member; projects fraud-model and restricted ledger-model), bob, invited ivan. */
  static final String WORLD_SEED = """
      {"accounts": [{"name": "default",
        "users": [
          {"ref": "jane", "name": "Jane Doe", "email": "jane@example.com", "role": "MEMBER", "is_developer": true,
           "api_keys": [{"ref": "jane-ci", "name": "jane-ci", "key": "%1$s"}]},
          {"ref": "bob", "name": "Bob Smith", "email": "bob@example.com", "role": "MEMBER"},
          {"ref": "ivan", "name": "Ivan Invited", "email": "ivan@example.com", "status": "INVITED"}],
        "roles": [
          {"ref": "ds", "name": "Data Scientist", "description": "", "permissions": ["PROJECT_READ"]},
          {"ref": "auditor", "name": "Auditor", "description": "", "permissions": ["SPACE_READ"]}%2$s],
        "organizations": [%3$s{"ref": "acme", "name": "Acme", "description": "",
          "members": [{"user": "jane", "role": "MEMBER"}, {"user": "bob", "role": "MEMBER"}],
          "spaces": [%4$s{"ref": "team-alpha", "name": "team-alpha", "description": "",
            "members": [{"user": "jane", "role": "MEMBER"}],
            "projects": [{"ref": "fraud", "name": "fraud-model", "restricted": false},
                         {"ref": "ledger", "name": "ledger-model", "restricted": true}%5$s]}]}],
        "role_bindings": [{"ref": "b1", "user": "jane", "role": "ds", "resource_type": "PROJECT", "resource": "fraud"}%6$s]
      }]}
      """;

  private ProviderStates() {
  }

  /**
   * @param withDoomed whether to add the objects the "deleted" state removes again
   * @return the world seed document
   */
  static String world(boolean withDoomed) {
    if (!withDoomed) {
      return WORLD_SEED.formatted(Wire.JANE_KEY, "", "", "", "", "");
    }
    return WORLD_SEED.formatted(Wire.JANE_KEY,
        ", {\"ref\": \"gone-role\", \"name\": \"Gone\", \"permissions\": [\"SPACE_READ\"]}",
        "{\"ref\": \"gone-org\", \"name\": \"gone-org\"}, ",
        "{\"ref\": \"team-gone\", \"name\": \"team-gone\", \"description\": \"\"}, ",
        ", {\"ref\": \"gone-model\", \"name\": \"gone-model\"}",
        ", {\"ref\": \"gone-b\", \"user\": \"jane\", \"role\": \"ds\", \"resource_type\": \"PROJECT\", "
            + "\"resource\": \"gone-model\"}");
  }

  /** Seeds the world and returns the IDs the pacts' expressions name. */
  static Map<String, Object> seedWorld(ArizeFakeServer fake) {
    SeedResult seeded = fake.seed(world(false));
    Map<String, Object> ids = new HashMap<>();
    ids.put("orgId", seeded.id("acme"));
    ids.put("spaceId", seeded.id("team-alpha"));
    ids.put("janeId", seeded.id("jane"));
    ids.put("bobId", seeded.id("bob"));
    ids.put("ivanId", seeded.id("ivan"));
    ids.put("dsRoleId", seeded.id("ds"));
    ids.put("auditorRoleId", seeded.id("auditor"));
    ids.put("bindingId", seeded.id("b1"));
    ids.put("fraudId", seeded.id("fraud"));
    ids.put("ledgerId", seeded.id("ledger"));
    ids.put("janeKeyId", seeded.id("jane-ci"));
    return ids;
  }

  /**
   * Seeds the world with extra objects, notes their IDs, then seeds the world without them: the
   * IDs are well-formed IDs of this account that no longer exist.
   */
  static Map<String, Object> seedWorldAfterDeletions(ArizeFakeServer fake) {
    SeedResult doomed = fake.seed(world(true));
    Map<String, Object> ids = seedWorld(fake);
    ids.put("missingSpaceId", doomed.id("team-gone"));
    ids.put("missingOrgId", doomed.id("gone-org"));
    ids.put("missingRoleId", doomed.id("gone-role"));
    ids.put("missingProjectId", doomed.id("gone-model"));
    ids.put("missingBindingId", doomed.id("gone-b"));
    return ids;
  }
}
