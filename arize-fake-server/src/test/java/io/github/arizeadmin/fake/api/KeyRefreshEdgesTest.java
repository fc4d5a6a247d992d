package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.ApiKey;
import io.github.arizeadmin.api.generated.model.ApiKeyStatus;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.UserApiKeyCreated;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refusals of refreshApiKey that the main key tests never reach: a revoked or an expired key, an
 * {@code expires_at} in the past, a user key whose caller lacks the developer flag, and another user's
 * key. Each refusal leaves the old key as it was and issues no new key.
 */
class KeyRefreshEdgesTest extends FakeTest {

  private UserApiKeyCreated userKey(ArizeApi as, String name, OffsetDateTime expiresAt) {
    return (UserApiKeyCreated) ok(as.apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER)
        .name(name).expiresAt(expiresAt)));
  }

  /** The fake's "now": the creation time of a fresh key (the shared fake's clock may have been moved). */
  private OffsetDateTime fakeNow() {
    return userKey(admin, "clock-probe", null).getCreatedAt();
  }

  private List<String> keyNames(ArizeApi as, ApiKeyStatus status) {
    return ok(as.apiKeys().listApiKeys(null, status, null, null, 100, null)).getApiKeys().stream()
        .map(ApiKey::getName).toList();
  }

  private void works(String rawKey) {
    ok(api(rawKey).organizations().listOrganizations(null, null, null));
  }

  @Test
  void aRevokedKeyCannotBeRefreshedAndStaysRevoked() {
    UserApiKeyCreated key = userKey(admin, "revoked", null);
    assertThat(status(admin.apiKeys().revokeApiKey(key.getId()))).isEqualTo(204);

    assertThat(fails(400, admin.apiKeys().refreshApiKey(key.getId(), new RefreshApiKeyRequest())).getDetail())
        .contains("revoked or expired");

    fails(401, api(key.getKey()).organizations().listOrganizations(null, null, null));
    assertThat(keyNames(admin, ApiKeyStatus.REVOKED)).containsOnlyOnce("revoked");
    assertThat(keyNames(admin, ApiKeyStatus.ACTIVE)).doesNotContain("revoked");
  }

  @Test
  void anExpiredKeyCannotBeRefreshed() {
    UserApiKeyCreated key = userKey(admin, "expiring", fakeNow().plusMinutes(10));
    fake.advanceClock(Duration.ofMinutes(11));

    assertThat(fails(400, admin.apiKeys().refreshApiKey(key.getId(), new RefreshApiKeyRequest()
        .expiresAt(fakeNow().plusMinutes(1)))).getDetail()).contains("revoked or expired");

    fails(401, api(key.getKey()).organizations().listOrganizations(null, null, null));
    assertThat(keyNames(admin, ApiKeyStatus.ACTIVE)).as("no new key").containsOnlyOnce("expiring");
    assertThat(keyNames(admin, ApiKeyStatus.REVOKED)).doesNotContain("expiring");
  }

  @Test
  void aPastExpiryIsRefusedAndTheOldKeyKeepsWorking() {
    UserApiKeyCreated key = userKey(admin, "rotate", null);

    assertThat(fails(422, admin.apiKeys().refreshApiKey(key.getId(), new RefreshApiKeyRequest()
        .expiresAt(fakeNow().minusMinutes(1)))).getDetail()).contains("expires_at").contains("future");

    works(key.getKey());
    assertThat(keyNames(admin, ApiKeyStatus.ACTIVE)).containsOnlyOnce("rotate");
  }

  @Test
  void aUserKeyNeedsTheDeveloperFlagEvenForItsCreator() {
    SeedResult ids = seed(Team.SEED);
    String annotatorKeyId = ok(admin.apiKeys().listApiKeys(null, null, null, ids.id("annotator"), 100, null))
        .getApiKeys().get(0).getId();

    assertThat(fails(403, api(Team.ANNOTATOR).apiKeys().refreshApiKey(annotatorKeyId, new RefreshApiKeyRequest()))
        .getDetail()).contains("developer flag");

    works(Team.ANNOTATOR);
    assertThat(ok(admin.apiKeys().listApiKeys(null, ApiKeyStatus.ACTIVE, null, ids.id("annotator"), 100, null))
        .getApiKeys()).extracting(ApiKey::getId).containsExactly(annotatorKeyId);
  }

  @Test
  void anotherUsersKeyNeedsAnAccountAdmin() {
    SeedResult ids = seed(Team.SEED);
    String readerKeyId = ok(admin.apiKeys().listApiKeys(null, null, null, ids.id("reader"), 100, null))
        .getApiKeys().get(0).getId();

    assertThat(fails(403, api(Team.MEMBER).apiKeys().refreshApiKey(readerKeyId, new RefreshApiKeyRequest()))
        .getDetail()).contains("creator or an account admin");
    works(Team.READER);
    assertThat(keyNames(api(Team.READER), ApiKeyStatus.ACTIVE)).containsExactly("reader-key");

    String fresh = ok(admin.apiKeys().refreshApiKey(readerKeyId, new RefreshApiKeyRequest())).getKey();
    fails(401, api(Team.READER).organizations().listOrganizations(null, null, null));
    assertThat(keyNames(api(fresh), ApiKeyStatus.ACTIVE)).containsExactly("reader-key");
  }
}
