package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.core.testing.LogCapture;
import io.github.arizeadmin.core.testing.ReadmeBlocks;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's examples, run against the fake server exactly as printed there. */
class ReadmeExamplesTest extends FakeServerTest {
  private static final String TEAM = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"}],
        "organizations":[{"ref":"acme","name":"Acme"}]}]}
      """;

  @Test
  void settingUpATeamIsSafeToRunAgain() {
    seed(TEAM);
    for (int run = 1; run <= 2; run++) {
      // --- README: set-up ---
      Organization acme = client.organizations().ensure("Acme");
      Space alpha = client.spaces().ensure("team-alpha", "Acme");
      Project fraud = client.projects().ensure("fraud-model", "team-alpha");
      Role scientist = client.roles().ensure("Data Scientist", List.of(Permission.PROJECT_READ, Permission.SPACE_READ), null);

      client.organizations().addUser("Acme", "jane@example.com", OrganizationRole.MEMBER);
      SpaceMembership jane = client.spaces().addUser("team-alpha", "jane@example.com", SpaceRole.custom("Data Scientist"));
      RoleBinding onFraud = client.roleBindings().upsertOnProject("jane@example.com", "Data Scientist", "fraud-model",
          "team-alpha");

      Optional<Space> beta = client.spaces().find("team-beta");
      // --- end of README: set-up ---
      assertThat(acme.name()).isEqualTo("Acme");
      assertThat(alpha.name()).isEqualTo("team-alpha");
      assertThat(fraud.spaceId()).isEqualTo(alpha.id());
      assertThat(jane.role()).as("equal on the role's ID").isEqualTo(CustomRole.byId(scientist.id()));
      assertThat(onFraud.roleId()).isEqualTo(scientist.id());
      assertThat(beta).isEmpty();
    }
    assertThat(client.organizations().listAll("Acme").toList()).hasSize(1);
    assertThat(client.roleBindings().listAll(ResourceType.PROJECT, "jane@example.com").toList()).hasSize(1);
  }

  @Test
  void listsTakeParameterObjects() {
    SeedResult ids = seed(TEAM);
    client.users().create("Ivy", "ivy@example.com", io.github.arizeadmin.core.model.AccountRole.MEMBER,
        io.github.arizeadmin.core.model.InviteMode.EMAIL_LINK);
    // --- README: filters ---
    List<ApiKey> janesKeys = client.apiKeys()
        .listAll(ApiKeyFilter.defaults().withKeyType(ApiKeyType.USER).withUser("jane@example.com"))
        .toList();
    List<User> pending = client.users().listAll(UserFilter.defaults().withStatuses(UserStatus.INVITED)).toList();
    List<Space> acmeTeams = client.spaces().listAll(SpaceFilter.defaults().withOrganization("Acme").withName("team"))
        .toList();
    // --- end of README: filters ---
    assertThat(janesKeys).isEmpty();
    assertThat(pending).extracting(User::email).containsExactly("ivy@example.com");
    assertThat(acmeTeams).isEmpty();
    assertThat(ids.id("jane")).isNotBlank();
  }

  @Test
  void offboardingFromEveryOrganization() {
    seed(TEAM);
    client.organizations().addUser("Acme", "jane@example.com", OrganizationRole.MEMBER);
    client.spaces().create("team-alpha", "Acme");
    client.spaces().addUser("team-alpha", "jane@example.com", SpaceRole.READ_ONLY);
    // --- README: offboarding ---
    List<RoleBinding> bindings = client.roleBindings().listForUser("jane@example.com");
    List<Organization> leftOrganizations = client.organizations().removeUserFromAll("jane@example.com");
    // --- end of README: offboarding ---
    assertThat(bindings).as("a predefined space membership is no binding").isEmpty();
    assertThat(leftOrganizations).extracting(Organization::name).containsExactly("Acme");
  }

  @Test
  void warningsCanBeTurnedOff() {
    String apiKey = fake.adminKey();
    String baseUrl = fake.baseUrl();
    // --- README: quiet ---
    try (ArizeAdminClient quiet = ArizeAdminClient.builder().apiKey(apiKey).baseUrl(baseUrl)
        .preReleaseWarnings(false).build()) {
      quiet.organizations().list();
    }
    // --- end of README: quiet ---
    assertThat(LogCapture.events(PreRelease.LOGGER_NAME)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"set-up", "filters", "offboarding", "quiet"})
  void theReadmeShowsExactlyTheseExamples(String example) throws Exception {
    ReadmeBlocks.assertShown(ReadmeExamplesTest.class, example);
  }
}
