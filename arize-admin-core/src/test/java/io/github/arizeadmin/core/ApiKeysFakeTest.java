package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.ServiceKeyBotUser;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.fake.SeedResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API keys over HTTP against the fake server: secrets once, service keys by names, refresh, revoke. */
class ApiKeysFakeTest extends FakeServerTest {

  @Test
  void aUserKeyWorksIsListedRedactedAndRevoked() {
    CreatedApiKey created = client.apiKeys().create("ci", "for CI", null);

    assertThat(created.key()).startsWith("ak-");
    assertThat(created.toString()).doesNotContain(created.key());
    assertThat(created.toJson()).contains("\"key\":\"" + created.key() + "\"");
    assertThat(created.botUser()).isEmpty();
    try (ArizeAdminClient asKey = clientWithKey(created.key())) {
      assertThat(asKey.organizations().list().items()).isNotEmpty();
    }
    List<ApiKey> listed = client.apiKeys().listAll(ApiKeyFilter.defaults().withKeyType(ApiKeyType.USER)).toList();
    assertThat(listed).extracting(ApiKey::id).contains(created.id());
    assertThat(listed).extracting(ApiKey::redactedKey).doesNotContain(created.key());

    client.apiKeys().revoke(created.id());
    client.apiKeys().revoke(created.id());
    try (ArizeAdminClient revoked = clientWithKey(created.key())) {
      assertThatThrownBy(() -> revoked.organizations().list()).isInstanceOf(UnauthorizedException.class);
    }
    assertThat(client.apiKeys().list(ApiKeyFilter.defaults().withStatus(ApiKeyStatus.REVOKED), 10, null).items())
        .extracting(ApiKey::id).contains(created.id());
  }

  @Test
  void aServiceKeyIsScopedBySpaceAndOrganizationNames() {
    SeedResult ids = seed("""
        {"accounts":[{"name":"default","organizations":[
          {"ref":"acme","name":"Acme","spaces":[{"ref":"acme-shared","name":"shared"}]},
          {"ref":"globex","name":"Globex","spaces":[{"ref":"globex-shared","name":"shared"}]}]}]}
        """);

    CreatedApiKey created = client.apiKeys().createServiceKey(ServiceKeyRequest.of("pipeline",
        List.of(ServiceKeyOrganization.of("Globex", OrganizationRole.READ_ONLY, ServiceKeySpace.of("shared", SpaceRole.ADMIN))))
        .withDescription("nightly"));

    ServiceKeyBotUser bot = created.botUser().orElseThrow();
    assertThat(created.apiKey().keyType()).isEqualTo(ApiKeyType.SERVICE);
    assertThat(bot.organizations()).singleElement().satisfies(org -> {
      assertThat(org.organizationId()).isEqualTo(ids.id("globex"));
      assertThat(org.spaces()).singleElement().isEqualTo(new ServiceKeyBotUser.SpaceAccess(ids.id("globex-shared"),
          SpaceRole.ADMIN));
    });
    assertThat(client.apiKeys().listAll(ApiKeyFilter.defaults().withSpace(ids.id("globex-shared"))).toList()).extracting(ApiKey::id)
        .containsExactly(created.id());
    assertThat(created.toJson()).contains("\"bot_user\":{");
  }

  @Test
  void refreshIssuesANewKeyAndFollowsTheExpiryRule() {
    Instant expiry = Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    CreatedApiKey expiring = client.apiKeys().create("expiring", null, expiry);
    assertThat(expiring.apiKey().expiresAt()).contains(expiry);

    assertThatThrownBy(() -> client.apiKeys().refresh(expiring.id())).isInstanceOf(UnprocessableEntityException.class);
    CreatedApiKey refreshed = client.apiKeys().refresh(expiring.id(), expiry.minus(Duration.ofDays(1)),
        Duration.ofMinutes(5));

    assertThat(refreshed.id()).isNotEqualTo(expiring.id());
    assertThat(refreshed.key()).isNotEqualTo(expiring.key());
    assertThat(refreshed.apiKey().name()).isEqualTo("expiring");
    CreatedApiKey unbounded = client.apiKeys().refresh(client.apiKeys().create("forever").id());
    assertThat(unbounded.apiKey().expiresAt()).isEmpty();
  }
}
