package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.BulkDeletionResult;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.DeletionStatus;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.ServiceKeyBotUser;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sub-clients' request building and name resolution at their edges, against the fake server: what
 * a call must change, what it must leave alone, and the calls refused before any request.
 */
class SubClientEdgesFakeTest extends FakeServerTest {
  /** Two users, two custom roles, an organization with one space and two projects. */
  static final String SEED = """
      {"accounts":[{"name":"default",
        "users":[{"ref":"jane","name":"Jane Doe","email":"jane@example.com"},
                 {"ref":"bob","name":"Bob Stone","email":"bob@example.com"}],
        "roles":[{"ref":"ds","name":"Data Scientist","permissions":["PROJECT_READ"]},
                 {"ref":"viewer","name":"Viewer","permissions":["SPACE_READ"]}],
        "organizations":[{"ref":"acme","name":"Acme",
          "members":[{"user":"jane","role":"MEMBER"},{"user":"bob","role":"MEMBER"}],
          "spaces":[{"ref":"alpha","name":"team-alpha","members":[{"user":"jane","role":"MEMBER"}],
            "projects":[{"ref":"fraud","name":"fraud-model"},{"ref":"churn","name":"churn"}]}]}]}]}
      """;

  private SeedResult ids;

  @BeforeEach
  void seedAccount() {
    ids = seed(SEED);
  }

  @Test
  void anUpsertCreatesOnlyOnItsOwnResourceAndUpdatesOnlyItsOwnBinding() {
    RoleBinding onFraud = client.roleBindings().createOnProject("jane@example.com", "Viewer", "fraud-model", "team-alpha");

    RoleBinding onChurn = client.roleBindings().upsertOnProject("jane@example.com", "Data Scientist", "churn",
        "team-alpha");
    assertThat(onChurn.id()).as("a binding elsewhere is not this one").isNotEqualTo(onFraud.id());
    assertThat(onChurn.resourceId()).isEqualTo(ids.id("churn"));
    assertThat(onChurn.roleId()).isEqualTo(ids.id("ds"));
    assertThat(client.roleBindings().get(onFraud.id()).roleId()).as("left alone").isEqualTo(ids.id("viewer"));

    RoleBinding again = client.roleBindings().upsertOnProject("jane@example.com", "Viewer", "churn", "team-alpha");
    assertThat(again.id()).isEqualTo(onChurn.id());
    assertThat(again.roleId()).isEqualTo(ids.id("viewer"));
    assertThat(client.roleBindings().listAll(ResourceType.PROJECT, null).toList())
        .extracting(RoleBinding::id).containsExactlyInAnyOrder(onFraud.id(), onChurn.id());
    assertThat(client.roleBindings().listAll(ResourceType.PROJECT, "bob@example.com").toList()).isEmpty();
  }

  @Test
  void aSpaceNameInTwoOrganizationsIsAmbiguousUntilTheOrganizationIsGiven() {
    client.organizations().create("Globex");
    Space other = client.spaces().create("team-alpha", "Globex");

    assertThatThrownBy(() -> client.spaces().get("team-alpha")).isInstanceOfSatisfying(AmbiguousNameException.class, e -> {
      assertThat(e.resourceType()).isEqualTo("space");
      assertThat(e.name()).isEqualTo("team-alpha");
      assertThat(e.candidateIds()).containsExactlyInAnyOrder(ids.id("alpha"), other.id());
    });
    assertThat(client.spaces().get("team-alpha", "Globex").id()).isEqualTo(other.id());
    assertThat(client.spaces().get("team-alpha", "Acme").id()).isEqualTo(ids.id("alpha"));
  }

  @Test
  void theNoArgumentListsReturnTheFirstPage() {
    client.apiKeys().create("mine");

    assertThat(client.spaces().list().items()).extracting(Space::name).contains("Default Space", "team-alpha");
    assertThat(client.roles().list().items()).extracting(Role::name).contains("Data Scientist", "Viewer", "Admin");
    assertThat(client.apiKeys().list().items()).extracting(ApiKey::name).contains("mine");
    assertThat(client.projects().list().items()).extracting(Project::name).contains("fraud-model", "churn");
  }

  @Test
  void aRoleUpdateWithoutPermissionsKeepsThem() {
    Role renamed = client.roles().update("Data Scientist", RoleUpdate.name("Scientist"));

    assertThat(renamed.name()).isEqualTo("Scientist");
    assertThat(renamed.permissions()).containsExactly(Permission.PROJECT_READ);
    assertThat(client.roles().get(ids.id("ds")).permissions()).containsExactly(Permission.PROJECT_READ);
  }

  @Test
  void aProjectIdNeedsNoSpaceButAProjectNameDoesAndIsRefusedWithoutOne() {
    assertThat(client.projects().get(ids.id("fraud")).name()).isEqualTo("fraud-model");
    assertThat(client.projects().find(ids.id("fraud"), null)).map(Project::name).contains("fraud-model");
    assertThat(client.projects().find(ids.id("fraud"), " ")).map(Project::name).contains("fraud-model");
    client.projects().delete(ids.id("churn"));
    assertThat(client.projects().find(ids.id("churn"), null)).isEmpty();
    requests.take();

    for (String noSpace : new String[] {null, " "}) {
      assertThatThrownBy(() -> client.projects().get("fraud-model", noSpace)).isInstanceOf(NameNotFoundException.class)
          .hasMessageContaining("space");
      assertThatThrownBy(() -> client.projects().find("fraud-model", noSpace))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(Resolver.PROJECT_NEEDS_SPACE);
      assertThatThrownBy(() -> client.projects().update("fraud-model", noSpace, "renamed"))
          .isInstanceOf(NameNotFoundException.class).hasMessageContaining("space");
    }
    assertThatThrownBy(() -> client.projects().get("fraud-model")).isInstanceOf(NameNotFoundException.class);
    assertThatThrownBy(() -> client.projects().delete("fraud-model")).isInstanceOf(NameNotFoundException.class);
    assertThat(requests.take()).as("refused before any request").isEmpty();
    assertThat(client.projects().get("fraud-model", "team-alpha").id()).isEqualTo(ids.id("fraud"));
  }

  @Test
  void bulkDeleteTakesEitherListAlone() {
    assertThat(client.users().bulkDelete(null, List.of("bob@example.com"))).singleElement()
        .isEqualTo(new BulkDeletionResult(ids.id("bob"), DeletionStatus.DELETED, java.util.Optional.of("bob@example.com"),
            java.util.Optional.empty()));
    assertThat(client.users().bulkDelete(List.of(ids.id("jane")), null)).singleElement()
        .satisfies(result -> assertThat(result.status()).isEqualTo(DeletionStatus.DELETED));
    assertThatThrownBy(() -> client.users().bulkDelete(null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theGracePeriodBoundsAreInclusive() {
    String first = client.apiKeys().create("rotating").id();
    requests.take();

    assertThatThrownBy(() -> client.apiKeys().refresh(first, null, ApiKeysClient.MAX_GRACE_PERIOD.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.apiKeys().refresh(first, null, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(requests.take()).as("refused before any request").isEmpty();

    CreatedApiKey longest = client.apiKeys().refresh(first, null, ApiKeysClient.MAX_GRACE_PERIOD);
    CreatedApiKey shortest = client.apiKeys().refresh(longest.id(), null, Duration.ZERO);
    assertThat(shortest.id()).isNotEqualTo(longest.id()).isNotEqualTo(first);
  }

  @Test
  void aServiceKeyCarriesItsOrganizationRoleAndItsExpiry() {
    Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    CreatedApiKey created = client.apiKeys().createServiceKey(ServiceKeyRequest.of("pipeline",
            List.of(ServiceKeyOrganization.of("Acme", OrganizationRole.MEMBER, ServiceKeySpace.of("team-alpha",
                SpaceRole.MEMBER))))
        .withExpiresAt(expiry));

    assertThat(created.apiKey().expiresAt()).contains(expiry);
    assertThat(created.botUser().orElseThrow().organizations()).singleElement()
        .as("MEMBER, not the server's default READ_ONLY")
        .isEqualTo(new ServiceKeyBotUser.OrganizationAccess(ids.id("acme"), OrganizationRole.MEMBER,
            List.of(new ServiceKeyBotUser.SpaceAccess(ids.id("alpha"), SpaceRole.MEMBER))));
  }

  @Test
  void eachSubClientsViewSendsWithItsOwnOptionsAndLeavesTheClientsAlone() throws Exception {
    RequestOptions once = RequestOptions.defaults().withoutRetries();
    List<String> operations = List.of("listProjects", "listRoles", "listRoleBindings", "listResourceRestrictions",
        "listOrganizations", "listSpaces", "listUsers", "listApiKeys");
    List<Supplier<Object>> views = List.of(
        () -> client.projects().withOptions(once).list(ProjectFilter.defaults(), 10, null),
        () -> client.roles().withOptions(once).list(null, 10, null),
        () -> client.roleBindings().withOptions(once).list(ResourceType.SPACE, null, 10, null),
        () -> client.resourceRestrictions().withOptions(once).list(ResourceType.PROJECT, 10, null),
        () -> client.organizations().withOptions(once).list(null, 10, null),
        () -> client.spaces().withOptions(once).list(SpaceFilter.defaults(), 10, null),
        () -> client.users().withOptions(once).list(UserFilter.defaults(), 10, null),
        () -> client.apiKeys().withOptions(once).list(ApiKeyFilter.defaults(), 10, null));
    List<Supplier<Object>> plain = List.of(
        () -> client.projects().list(ProjectFilter.defaults(), 10, null),
        () -> client.roles().list(null, 10, null),
        () -> client.roleBindings().list(ResourceType.SPACE, null, 10, null),
        () -> client.resourceRestrictions().list(ResourceType.PROJECT, 10, null),
        () -> client.organizations().list(null, 10, null),
        () -> client.spaces().list(SpaceFilter.defaults(), 10, null),
        () -> client.users().list(UserFilter.defaults(), 10, null),
        () -> client.apiKeys().list(ApiKeyFilter.defaults(), 10, null));

    for (int i = 0; i < operations.size(); i++) {
      fault(operations.get(i), 503, 1, null);
      assertThatThrownBy(views.get(i)::get).as(operations.get(i)).isInstanceOf(ServerException.class);
      fault(operations.get(i), 503, 1, null);
      assertThat(plain.get(i).get()).as(operations.get(i) + " retried by the client's defaults").isNotNull();
    }
    assertThat(time.sleeps()).hasSize(operations.size());
  }
}
