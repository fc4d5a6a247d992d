package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.SeedResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedGeneratorTest {
  private static final AccountSize SMALL = new AccountSize(60, 3, 10, 4);

  @Test
  void everyUserIsInOneOrganizationAndInTheGivenNumberOfItsSpaces(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.json");
    SeedGenerator.write(SMALL, file);
    JsonObject account = new JsonObject(Files.readString(file)).getJsonArray("accounts").getJsonObject(0);
    assertThat(account.getString("name")).isEqualTo("default");
    assertThat(account.getJsonArray("users")).hasSize(60);
    JsonArray organizations = account.getJsonArray("organizations");
    assertThat(organizations).hasSize(3);

    Map<String, String> organizationOf = new HashMap<>();
    Map<String, Integer> spacesOf = new HashMap<>();
    Set<String> spaceNames = new HashSet<>();
    int spaceMemberships = 0;
    for (int o = 0; o < organizations.size(); o++) {
      JsonObject organization = organizations.getJsonObject(o);
      String name = organization.getString("name");
      for (Object member : organization.getJsonArray("members")) {
        assertThat(organizationOf.put(((JsonObject) member).getString("user"), name)).isNull();
      }
      JsonArray spaces = organization.getJsonArray("spaces");
      assertThat(spaces).hasSize(10);
      for (Object space : spaces) {
        assertThat(spaceNames.add(((JsonObject) space).getString("name"))).isTrue();
        JsonArray members = ((JsonObject) space).getJsonArray("members");
        assertThat(members).hasSize(60 / 3 * 4 / 10);
        for (Object member : members) {
          String user = ((JsonObject) member).getString("user");
          assertThat(organizationOf).containsEntry(user, name);
          spacesOf.merge(user, 1, Integer::sum);
          spaceMemberships++;
        }
      }
    }
    assertThat(organizationOf).hasSize(60);
    assertThat(spacesOf.values()).hasSize(60).containsOnly(4);
    assertThat(spaceMemberships).isEqualTo(SMALL.spaceMemberships());
    assertThat(spaceNames).hasSize(SMALL.spaces());
  }

  @Test
  void theFakeLoadsTheDocumentAndItsFullNamesMatchOneObjectEach(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.json");
    SeedGenerator.write(SMALL, file);
    try (ArizeFakeServer fake = Fakes.start()) {
      SeedResult seeded = fake.seed(Files.readString(file));
      assertThat(seeded.id(SeedGenerator.email(59))).isNotBlank();
      assertThat(seeded.id(SeedGenerator.spaceName(29))).isNotBlank();
      Http http = new Http();
      URI base = URI.create(fake.baseUrl());
      JsonObject users = new JsonObject(http.expectOk(base,
          HttpCall.get("/v2/users?email=" + SeedGenerator.email(5))).body());
      assertThat(users.getJsonArray("users")).hasSize(1);
      JsonObject spaces = new JsonObject(http.expectOk(base,
          HttpCall.get("/v2/spaces?name=" + SeedGenerator.spaceName(5))).body());
      assertThat(spaces.getJsonArray("spaces")).hasSize(1);
    }
  }
}
