package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.fake.SeedResult;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** find (an Optional instead of an exception) and ensure (find or create), with their documented costs in requests. */
class FindAndEnsureFakeTest extends FakeServerTest {
  private static final String SEED = """
      {"accounts":[{"name":"default",
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ"]}],
        "organizations":[
          {"ref":"acme","name":"Acme","spaces":[{"ref":"acme-shared","name":"shared","projects":[{"ref":"fraud","name":"fraud-model"}]},
                                               {"ref":"alpha","name":"team-alpha"}]},
          {"ref":"globex","name":"Globex","spaces":[{"ref":"globex-shared","name":"shared"}]}]}]}
      """;

  private static String missingId(String type) {
    return Base64.getEncoder().encodeToString((type + ":999999:zZzZ").getBytes());
  }

  @Test
  void findReturnsWhatGetReturnsOrEmptyWhereGetThrows() {
    SeedResult ids = seed(SEED);

    assertThat(client.organizations().find("Acme")).contains(client.organizations().get("Acme"));
    assertThat(client.organizations().find(ids.id("acme")).map(Organization::name)).contains("Acme");
    assertThat(client.organizations().find("Initech")).isEmpty();
    assertThat(client.organizations().find(missingId("Organization"))).isEmpty();

    assertThat(client.spaces().find("team-alpha").map(Space::id)).contains(ids.id("alpha"));
    assertThat(client.spaces().find("shared", "Globex").map(Space::id)).contains(ids.id("globex-shared"));
    assertThat(client.spaces().find("team-alpha", "Globex")).isEmpty();
    assertThat(client.spaces().find(missingId("Space"))).isEmpty();
    assertThatThrownBy(() -> client.spaces().find("shared")).as("ambiguity is still an error")
        .isInstanceOf(AmbiguousNameException.class);
    assertThat(client.spaces().get("shared", "Acme").id()).isEqualTo(ids.id("acme-shared"));

    assertThat(client.roles().find("Data Scientist").map(Role::id)).contains(ids.id("ds"));
    assertThat(client.roles().find("Auditor")).isEmpty();
    assertThat(client.roles().find(missingId("Role"))).isEmpty();

    assertThat(client.projects().find("fraud-model", ids.id("acme-shared")).map(Project::id)).contains(ids.id("fraud"));
    assertThat(client.projects().find("churn", ids.id("acme-shared"))).isEmpty();
    assertThat(client.projects().find("fraud-model", "team-gamma")).as("no such space, so no such project").isEmpty();
    assertThat(client.projects().find("fraud-model", missingId("Space"))).as("the same, by the space's ID").isEmpty();
    assertThat(client.projects().find(missingId("Model"), null)).isEmpty();
    assertThatThrownBy(() -> client.projects().find("fraud-model", null)).isInstanceOf(IllegalArgumentException.class);

    assertThatThrownBy(() -> client.organizations().get("Initech")).isInstanceOf(NameNotFoundException.class);
    assertThatThrownBy(() -> client.roles().get(missingId("Role"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void findCostsOneRequestByIdAndTheLookupByName() {
    SeedResult ids = seed(SEED);
    requests.take();

    client.organizations().find(ids.id("acme"));
    assertThat(requests.take()).containsExactly("GET /v2/organizations/" + ids.id("acme"));
    client.organizations().find("Acme");
    assertThat(requests.take()).containsExactly("GET /v2/organizations?name=Acme&limit=100");
    client.spaces().find("shared", ids.id("globex"));
    assertThat(requests.take()).singleElement().asString().startsWith("GET /v2/spaces?org_id=");
    client.roles().find("Data Scientist");
    assertThat(requests.take()).containsExactly("GET /v2/roles?limit=100");
  }

  @Test
  void ensureCreatesOnceThenFindsWithTheDocumentedRequests() {
    SeedResult ids = seed(SEED);
    requests.take();

    Organization created = client.organizations().ensure("Initech", "printers");
    assertThat(requests.take()).containsExactly("GET /v2/organizations?name=Initech&limit=100", "POST /v2/organizations");
    Organization again = client.organizations().ensure("Initech", "ignored when it exists");
    assertThat(requests.take()).containsExactly("GET /v2/organizations?name=Initech&limit=100");
    assertThat(again).isEqualTo(created);
    assertThat(again.description()).isEqualTo("printers");

    Space space = client.spaces().ensure("team-beta", "Acme");
    assertThat(requests.take()).hasSize(3).last().asString().isEqualTo("POST /v2/spaces");
    assertThat(client.spaces().ensure("team-beta", ids.id("acme"))).isEqualTo(space);
    assertThat(requests.take()).hasSize(1);
    assertThat(client.spaces().ensure("shared", "Globex").id()).as("a name is looked up in its organization only")
        .isEqualTo(ids.id("globex-shared"));
    requests.take();

    Role role = client.roles().ensure("Auditor", List.of(Permission.USER_READ), null);
    assertThat(requests.take()).containsExactly("GET /v2/roles?limit=100", "POST /v2/roles");
    assertThat(client.roles().ensure("Auditor", List.of(Permission.SPACE_READ), "other")).isEqualTo(role);
    assertThat(requests.take()).containsExactly("GET /v2/roles?limit=100");

    Project project = client.projects().ensure("churn", ids.id("alpha"));
    assertThat(requests.take()).hasSize(2).last().asString().isEqualTo("POST /v2/projects");
    assertThat(client.projects().ensure("churn", "team-alpha")).isEqualTo(project);
    assertThat(project.spaceId()).isEqualTo(ids.id("alpha"));
  }

  @Test
  void ensureTreatsItsArgumentAsANameAndRejectsBlankOnesBeforeAnyRequest() {
    requests.take();
    assertThatThrownBy(() -> client.organizations().ensure(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.roles().ensure("Auditor", List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(requests.take()).isEmpty();

    String looksLikeAnId = Base64.getEncoder().encodeToString("Organization:1:aBcD".getBytes());
    assertThat(client.organizations().ensure(looksLikeAnId).name()).isEqualTo(looksLikeAnId);
  }
}
