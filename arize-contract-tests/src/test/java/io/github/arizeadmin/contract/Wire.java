package io.github.arizeadmin.contract;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What the consumer pacts and the provider share: the provider name, the keys, example IDs in
 * the service's shape, and the body shapes (matchers for IDs and timestamps, exact enum values).
 */
final class Wire {
  static final String CONSUMER = "arize-admin-core";
  static final String PROVIDER = "arize-admin-api";

  /** The fake's admin key during verification; the consumer sends it as an example. */
  static final String ADMIN_KEY = "ak-admin" + "0".repeat(35);
  /** Jane's own key (an account MEMBER), seeded with the world. */
  static final String JANE_KEY = "ak-jane" + "0".repeat(36);
  /** A key the service never issued. */
  static final String UNKNOWN_KEY = "ak-unknown" + "0".repeat(33);

  static final String KEY_HEADER = "Bearer ak-[a-z0-9]{40}";
  static final String ID = "^[A-Za-z0-9+/]+={0,2}$";
  static final String TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$";
  static final String RAW_KEY = "^ak-[a-z0-9]{40}$";
  static final String REDACTED_KEY = "^ak-[a-z0-9]{3}\\.\\.\\.[a-z0-9]{3}$";
  static final String EXAMPLE_TIME = "2026-11-23T10:21:50.068Z";

  static final String ORG = id("Organization:2:Ab3d");
  static final String SPACE = id("Space:2:Xy7q");
  static final String MISSING_SPACE = id("Space:2:Gone");
  static final String MISSING_ORG = id("Organization:3:Gone");
  static final String MISSING_ROLE = id("Role:103:Gone");
  static final String MISSING_PROJECT = id("Model:3:Gone");
  static final String MISSING_BINDING = id("RoleBinding:2:Gone");
  static final String JANE = id("User:2:Jn01");
  static final String BOB = id("User:2:Bb02");
  static final String IVAN = id("User:2:Iv03");
  static final String DATA_SCIENTIST = id("Role:101:Ds01");
  static final String AUDITOR = id("Role:102:Au02");
  static final String BINDING = id("RoleBinding:1:Bd01");
  static final String FRAUD = id("Model:2:Fr01");
  static final String LEDGER = id("Model:2:Lg02");
  static final String JANE_KEY_ID = id("ApiKey:2:Jk01");

  private Wire() {
  }

  static String id(String raw) {
    return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static PactDslJsonBody organization(PactDslJsonBody body, String name) {
    return body.stringMatcher("id", ID, ORG).stringValue("name", name).stringType("description", "")
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME);
  }

  static PactDslJsonBody space(PactDslJsonBody body, String name) {
    return body.stringMatcher("id", ID, SPACE).stringValue("name", name).stringType("description", "")
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME);
  }

  static PactDslJsonBody predefinedRole(PactDslJsonBody body, String field, String name) {
    return (PactDslJsonBody) body.object(field).stringValue("type", "PREDEFINED").stringValue("name", name).closeObject();
  }

  static PactDslJsonBody user(PactDslJsonBody body, String name, String email, String status, String role) {
    return predefinedRole(body.stringMatcher("id", ID, JANE).stringValue("name", name).stringValue("email", email)
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME).stringValue("status", status)
        .booleanType("is_developer", true), "role", role);
  }

  static PactDslJsonBody role(PactDslJsonBody body, String name) {
    return body.stringMatcher("id", ID, DATA_SCIENTIST).stringValue("name", name)
        .minArrayLike("permissions", 1, au.com.dius.pact.consumer.dsl.PactDslJsonRootValue.stringMatcher(
            "^[A-Z_]+$", "PROJECT_READ"), 1)
        .booleanValue("is_predefined", false)
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME).stringMatcher("updated_at", TIMESTAMP, EXAMPLE_TIME);
  }

  static PactDslJsonBody binding(PactDslJsonBody body, String resourceType) {
    return body.stringMatcher("id", ID, BINDING).stringMatcher("role_id", ID, DATA_SCIENTIST)
        .stringMatcher("user_id", ID, JANE).stringValue("resource_type", resourceType)
        .stringMatcher("resource_id", ID, FRAUD)
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME).stringMatcher("updated_at", TIMESTAMP, EXAMPLE_TIME);
  }

  static PactDslJsonBody restriction(PactDslJsonBody body) {
    return body.stringValue("resource_type", "PROJECT").stringMatcher("resource_id", ID, FRAUD)
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME);
  }

  static PactDslJsonBody apiKey(PactDslJsonBody body, String name, String status) {
    return apiKey(body, name, "USER", status);
  }

  static PactDslJsonBody apiKey(PactDslJsonBody body, String name, String keyType, String status) {
    return body.stringMatcher("id", ID, JANE_KEY_ID).stringValue("name", name).stringValue("key_type", keyType)
        .stringValue("status", status).stringMatcher("redacted_key", REDACTED_KEY, "ak-jan...000")
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME).stringMatcher("created_by_user_id", ID, JANE);
  }

  static PactDslJsonBody project(PactDslJsonBody body, String name) {
    return body.stringMatcher("id", ID, FRAUD).stringValue("name", name).stringMatcher("space_id", ID, SPACE)
        .stringMatcher("created_at", TIMESTAMP, EXAMPLE_TIME);
  }

  static PactDslJsonBody problemBody(int status) {
    return new PactDslJsonBody().stringType("title", "Not Found").numberValue("status", status)
        .stringType("detail", "what went wrong");
  }
}
