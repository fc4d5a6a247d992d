package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.UserStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parameter objects are values: equal exactly when every field is equal (so they work as map
 * keys and in assertions), hash codes that follow, and a {@code toString} that shows every field.
 */
class ParameterValuesTest {

  /** Asserts value semantics: equal to {@code same}, unequal to each of {@code others} (each differs in one field). */
  private static void isAValue(Object value, Object same, Object... others) {
    assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo(value.toString());
    Set<Integer> hashes = new HashSet<>(List.of(value.hashCode()));
    for (Object other : others) {
      assertThat(value).as("differs from " + other).isNotEqualTo(other);
      assertThat(other).as("differs from " + value).isNotEqualTo(value);
      hashes.add(other.hashCode());
    }
    assertThat(hashes).as("hash codes spread over the fields").hasSizeGreaterThan(1);
  }

  @Test
  void apiKeyFiltersAreValues() {
    ApiKeyFilter filter = ApiKeyFilter.defaults().withKeyType(ApiKeyType.SERVICE).withStatus(ApiKeyStatus.REVOKED)
        .withSpace("team-alpha").withUser("jane@example.com");
    isAValue(filter,
        ApiKeyFilter.defaults().withUser("jane@example.com").withSpace("team-alpha").withStatus(ApiKeyStatus.REVOKED)
            .withKeyType(ApiKeyType.SERVICE),
        filter.withKeyType(ApiKeyType.USER), filter.withStatus(ApiKeyStatus.ACTIVE), filter.withSpace("team-beta"),
        filter.withUser("bob@example.com"));
    assertThat(filter.toString()).isEqualTo(
        "ApiKeyFilter{keyType=SERVICE, status=REVOKED, space=team-alpha, user=jane@example.com}");
    assertThatThrownBy(() -> ApiKeyFilter.defaults().withKeyType(ApiKeyType.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void projectSpaceAndUserFiltersAreValues() {
    ProjectFilter project = ProjectFilter.defaults().withName("fraud").withSpace("team-alpha");
    isAValue(project, ProjectFilter.defaults().withSpace("team-alpha").withName("fraud"), project.withName("churn"),
        project.withSpace("team-beta"));
    assertThat(project.toString()).isEqualTo("ProjectFilter{name=fraud, space=team-alpha}");

    SpaceFilter space = SpaceFilter.defaults().withOrganization("Acme").withName("team");
    isAValue(space, SpaceFilter.defaults().withName("team").withOrganization("Acme"), space.withName("alpha"),
        space.withOrganization("Globex"));
    assertThat(space.toString()).isEqualTo("SpaceFilter{organization=Acme, name=team}");

    UserFilter user = UserFilter.defaults().withEmail("jane").withStatuses(UserStatus.INVITED);
    isAValue(user, UserFilter.defaults().withStatuses(UserStatus.INVITED).withEmail("jane"), user.withEmail("bob"),
        user.withStatuses(UserStatus.ACTIVE));
  }

  @Test
  void requestOptionsAndRoleUpdatesAreValues() {
    RequestOptions options = RequestOptions.defaults().withTimeout(Duration.ofSeconds(5))
        .withRetryPolicy(RetryPolicy.none());
    isAValue(options, RequestOptions.defaults().withRetryPolicy(RetryPolicy.none()).withTimeout(Duration.ofSeconds(5)),
        options.withTimeout(Duration.ofSeconds(6)), options.withRetryPolicy(RetryPolicy.defaults()));
    assertThat(options.toString()).isEqualTo("RequestOptions{timeout=PT5S, retryPolicy=" + RetryPolicy.none() + "}");

    RoleUpdate update = RoleUpdate.name("Reader").withPermissions(List.of(Permission.USER_READ)).withDescription("reads");
    isAValue(update, RoleUpdate.description("reads").withName("Reader").withPermissions(List.of(Permission.USER_READ)),
        update.withName("Writer"), update.withPermissions(List.of(Permission.SPACE_READ)), update.withDescription(""));
    assertThat(update.toString()).isEqualTo("RoleUpdate{name=Reader, permissions=[USER_READ], description=reads}");
  }

  @Test
  void eachSubClientShowsTheOptionsItSendsWith() {
    RequestOptions options = RequestOptions.defaults().withTimeout(Duration.ofSeconds(3));
    try (ArizeAdminClient client = ArizeAdminClient.builder().apiKey("ak-secret0123456789").build()) {
      List<Object> views = List.of(client.organizations().withOptions(options), client.spaces().withOptions(options),
          client.users().withOptions(options), client.roles().withOptions(options),
          client.roleBindings().withOptions(options), client.resourceRestrictions().withOptions(options),
          client.apiKeys().withOptions(options), client.projects().withOptions(options));
      for (Object view : views) {
        assertThat(view.toString()).isEqualTo(view.getClass().getSimpleName() + "{options=" + options + "}")
            .doesNotContain("ak-secret");
      }
      assertThat(client.users().toString()).isEqualTo("UsersClient{options=" + RequestOptions.defaults() + "}");
    }
  }

  @Test
  void serviceKeyRequestsAreValues() {
    List<ServiceKeyOrganization> scope = List.of(ServiceKeyOrganization.of("Acme", ServiceKeySpace.of("team-alpha")));
    Instant expiry = Instant.parse("2027-01-01T00:00:00Z");
    ServiceKeyRequest request = ServiceKeyRequest.of("svc", scope).withAccountRole(AccountRole.MEMBER)
        .withDescription("nightly").withExpiresAt(expiry);
    isAValue(request,
        ServiceKeyRequest.of("svc", scope).withExpiresAt(expiry).withDescription("nightly")
            .withAccountRole(AccountRole.MEMBER),
        ServiceKeyRequest.of("other", scope).withAccountRole(AccountRole.MEMBER).withDescription("nightly")
            .withExpiresAt(expiry),
        request.withAccountRole(AccountRole.ADMIN), request.withDescription("hourly"),
        request.withExpiresAt(expiry.plusSeconds(1)),
        ServiceKeyRequest.of("svc", List.of(ServiceKeyOrganization.of("Globex", ServiceKeySpace.of("team-alpha"))))
            .withAccountRole(AccountRole.MEMBER).withDescription("nightly").withExpiresAt(expiry));
    assertThat(request.toString()).startsWith("ServiceKeyRequest{name=svc, organizations=" + scope)
        .endsWith(", description=nightly, expiresAt=2027-01-01T00:00:00Z}");
  }
}
