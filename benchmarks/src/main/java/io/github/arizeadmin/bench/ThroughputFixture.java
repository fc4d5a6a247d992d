package io.github.arizeadmin.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;

/**
 * The small account the throughput scenarios run against: one organization with {@value #SPACES} spaces
 * ({@code space-000} ...) and {@value #USERS} users, all members of the organization, so that adding them again
 * is an upsert that stays valid however often it repeats.
 */
final class ThroughputFixture {
  static final int SPACES = 100;
  static final int USERS = 100;
  static final String ORGANIZATION = "bench-org";

  private final JsonObject ids;

  private ThroughputFixture(JsonObject ids) {
    this.ids = ids;
  }

  /** Seeds the fake at {@code fake} with the fixture (replacing its state) and keeps the IDs it answers. */
  static ThroughputFixture seed(Http http, URI fake) {
    Answer answer = http.expectOk(fake, HttpCall.post("/__admin/seed", document().encode()));
    return new ThroughputFixture(new JsonObject(answer.body()).getJsonObject("ids"));
  }

  static JsonObject document() {
    JsonArray users = new JsonArray();
    JsonArray members = new JsonArray();
    for (int i = 0; i < USERS; i++) {
      users.add(new JsonObject().put("name", "Load User " + i).put("email", email(i)));
      members.add(new JsonObject().put("user", email(i)).put("role", "MEMBER"));
    }
    JsonArray spaces = new JsonArray();
    for (int i = 0; i < SPACES; i++) {
      spaces.add(new JsonObject().put("name", spaceName(i)));
    }
    JsonObject organization = new JsonObject().put("name", ORGANIZATION).put("members", members).put("spaces", spaces);
    return new JsonObject().put("accounts", new JsonArray().add(new JsonObject()
        .put("name", "default").put("users", users).put("organizations", new JsonArray().add(organization))));
  }

  static String spaceName(int i) {
    return String.format("space-%03d", i);
  }

  static String email(int i) {
    return String.format("load-%03d@bench.example", i);
  }

  String organizationId() {
    return id(ORGANIZATION);
  }

  String spaceId(int i) {
    return id(spaceName(i));
  }

  String userId(int i) {
    return id(email(i));
  }

  private String id(String ref) {
    String id = ids.getString(ref);
    if (id == null) {
      throw new IllegalStateException("the seed answer has no ID for '" + ref + "'");
    }
    return id;
  }
}
