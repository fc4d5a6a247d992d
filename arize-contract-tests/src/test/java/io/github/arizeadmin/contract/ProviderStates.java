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
           "api_keys": [{"ref": "jane-ci", "name": "jane-ci", "key": "%s"}]},
          {"ref": "bob", "name": "Bob Smith", "email": "bob@example.com", "role": "MEMBER"},
          {"ref": "ivan", "name": "Ivan Invited", "email": "ivan@example.com", "status": "INVITED"}],
        "roles": [
          {"ref": "ds", "name": "Data Scientist", "description": "", "permissions": ["PROJECT_READ"]},
          {"ref": "auditor", "name": "Auditor", "description": "", "permissions": ["SPACE_READ"]}],
        "organizations": [{"ref": "acme", "name": "Acme", "description": "",
          "members": [{"user": "jane", "role": "MEMBER"}, {"user": "bob", "role": "MEMBER"}],
          "spaces": [%s{"ref": "team-alpha", "name": "team-alpha", "description": "",
            "members": [{"user": "jane", "role": "MEMBER"}],
            "projects": [{"ref": "fraud", "name": "fraud-model", "restricted": false},
                         {"ref": "ledger", "name": "ledger-model", "restricted": true}]}]}],
        "role_bindings": [{"ref": "b1", "user": "jane", "role": "ds", "resource_type": "PROJECT", "resource": "fraud"}]
      }]}
      """;

  private ProviderStates() {
  }

  static String world(boolean withTeamGone) {
    return WORLD_SEED.formatted(Wire.JANE_KEY,
        withTeamGone ? "{\"ref\": \"team-gone\", \"name\": \"team-gone\", \"description\": \"\"}, " : "");
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

  /** Seeds the world with team-gone, notes its ID, then seeds the world without it: the ID is now unknown. */
  static Map<String, Object> seedWorldWithoutTeamGone(ArizeFakeServer fake) {
    String gone = fake.seed(world(true)).id("team-gone");
    Map<String, Object> ids = seedWorld(fake);
    ids.put("missingSpaceId", gone);
    return ids;
  }
}
