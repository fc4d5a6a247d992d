package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.ApiKey;
import io.github.arizeadmin.api.generated.model.ApiKeyStatus;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CustomUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationCustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.Permission;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyResponse;
import io.github.arizeadmin.api.generated.model.ServiceApiKeyCreated;
import io.github.arizeadmin.api.generated.model.ServiceKeyOrgAssignment;
import io.github.arizeadmin.api.generated.model.ServiceKeySpaceAssignment;
import io.github.arizeadmin.api.generated.model.UpdateRoleRequest;
import io.github.arizeadmin.api.generated.model.UserApiKeyCreated;
import io.github.arizeadmin.api.generated.model.UserRoleAssignmentType;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest extends FakeTest {

  private UserApiKeyCreated userKey(String name, OffsetDateTime expiresAt) {
    return (UserApiKeyCreated) ok(admin.apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER)
        .name(name).expiresAt(expiresAt)));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).plus(offset());
  }

  private Duration offset() {
    // the shared fake's clock may have been advanced by earlier tests: read it from a fresh key
    UserApiKeyCreated probe = (UserApiKeyCreated) ok(admin.apiKeys().createApiKey(new CreateUserApiKeyRequest()
        .keyType(ApiKeyType.USER).name("clock-probe")));
    return Duration.between(OffsetDateTime.now(ZoneOffset.UTC), probe.getCreatedAt());
  }

  private List<ApiKey> myKeys(ApiKeyStatus status) {
    return ok(admin.apiKeys().listApiKeys(null, status, null, null, 100, null)).getApiKeys();
  }

  @Test
  void theRawKeyIsReturnedOnceAndOnlyAHashIsKept() { // R-KEY-ONCE
    UserApiKeyCreated key = userKey("ci", null);
    assertThat(key.getKey()).matches("ak-[a-z0-9]{40}");
    assertThat(key.getRedactedKey()).isEqualTo("ak-" + key.getKey().substring(3, 6) + "..."
        + key.getKey().substring(key.getKey().length() - 3));
    assertThat(myKeys(null)).extracting(ApiKey::getName).contains("ci");
    assertThat(fake.exportState()).doesNotContain(key.getKey()).contains("key_hash");
    assertThat(ok(api(key.getKey()).organizations().listOrganizations(null, null, null)).getOrganizations()).isNotEmpty();
    ApiKey listed = myKeys(null).stream().filter(k -> k.getId().equals(key.getId())).findFirst().orElseThrow();
    assertThat(listed.getLastUsedAt()).isNotNull();
  }

  @Test
  void expiryIsOptionalMustBeFutureAndExpiredKeysAre401() { // R-KEY-EXPIRY
    assertThat(userKey("forever", null).getExpiresAt()).isNull();
    fails(422, admin.apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER).name("past")
        .expiresAt(now().minusMinutes(1))));
    UserApiKeyCreated shortLived = userKey("short", now().plusMinutes(10));
    ok(api(shortLived.getKey()).organizations().listOrganizations(null, null, null));
    fake.advanceClock(Duration.ofMinutes(11));
    fails(401, api(shortLived.getKey()).organizations().listOrganizations(null, null, null));
    fails(401, api("ak-unknown").organizations().listOrganizations(null, null, null));
  }

  @Test
  void refreshIssuesANewIdAndRevokesTheOldKeyAtOnce() { // R-KEY-REFRESH-ATOMIC, R-KEY-REFRESH-ID
    UserApiKeyCreated old = userKey("rotate", null);
    RefreshApiKeyResponse fresh = ok(admin.apiKeys().refreshApiKey(old.getId(), new RefreshApiKeyRequest()));
    assertThat(fresh.getId()).isNotEqualTo(old.getId());
    assertThat(fresh.getName()).isEqualTo("rotate");
    assertThat(fresh.getKeyType()).isEqualTo(ApiKeyType.USER);
    assertThat(fresh.getExpiresAt()).isNull();
    assertThat(fresh.getKey()).isNotEqualTo(old.getKey());
    fails(401, api(old.getKey()).organizations().listOrganizations(null, null, null));
    ok(api(fresh.getKey()).organizations().listOrganizations(null, null, null));
    assertThat(myKeys(null)).extracting(ApiKey::getId).contains(fresh.getId()).doesNotContain(old.getId());
    assertThat(myKeys(ApiKeyStatus.REVOKED)).extracting(ApiKey::getId).contains(old.getId());
  }

  @Test
  void refreshOfAnExpiringKeyNeedsAnExpiryNoLaterThanTheOldOne() { // R-KEY-REFRESH-EXPIRY
    OffsetDateTime expiry = now().plusDays(30);
    UserApiKeyCreated old = userKey("expiring", expiry);
    fails(422, admin.apiKeys().refreshApiKey(old.getId(), new RefreshApiKeyRequest()));
    fails(422, admin.apiKeys().refreshApiKey(old.getId(), new RefreshApiKeyRequest().expiresAt(expiry.plusDays(1))));
    RefreshApiKeyResponse fresh = ok(admin.apiKeys().refreshApiKey(old.getId(),
        new RefreshApiKeyRequest().expiresAt(expiry.minusDays(1))));
    assertThat(fresh.getExpiresAt()).isNotNull();
    UserApiKeyCreated unbounded = userKey("unbounded", null);
    assertThat(ok(admin.apiKeys().refreshApiKey(unbounded.getId(), new RefreshApiKeyRequest()
        .expiresAt(now().plusDays(3)))).getExpiresAt()).isNotNull();
  }

  @Test
  void aGracePeriodKeepsTheOldKeyUntilNowPlusGraceCappedByItsExpiry() { // R-KEY-GRACE
    UserApiKeyCreated old = userKey("graceful", null);
    RefreshApiKeyResponse fresh = ok(admin.apiKeys().refreshApiKey(old.getId(),
        new RefreshApiKeyRequest().gracePeriodSeconds(3600)));
    ok(api(old.getKey()).organizations().listOrganizations(null, null, null));
    ApiKey listedOld = myKeys(ApiKeyStatus.ACTIVE).stream().filter(k -> k.getId().equals(old.getId())).findFirst()
        .orElseThrow();
    assertThat(Duration.between(fresh.getCreatedAt(), listedOld.getExpiresAt()).getSeconds()).isBetween(3590L, 3600L);
    fake.advanceClock(Duration.ofSeconds(3601));
    fails(401, api(old.getKey()).organizations().listOrganizations(null, null, null));
    assertThat(myKeys(ApiKeyStatus.REVOKED)).extracting(ApiKey::getId).contains(old.getId());
    ok(api(fresh.getKey()).organizations().listOrganizations(null, null, null));
    // capped by the old key's own expiry
    UserApiKeyCreated soon = userKey("soon", now().plusMinutes(5));
    ok(admin.apiKeys().refreshApiKey(soon.getId(), new RefreshApiKeyRequest().expiresAt(now().plusMinutes(4))
        .gracePeriodSeconds(86400)));
    ApiKey capped = myKeys(ApiKeyStatus.ACTIVE).stream().filter(k -> k.getId().equals(soon.getId())).findFirst()
        .orElseThrow();
    assertThat(capped.getExpiresAt()).isEqualTo(soon.getExpiresAt());
    fails(400, admin.apiKeys().refreshApiKey(soon.getId(), new RefreshApiKeyRequest().gracePeriodSeconds(86401)));
  }

  @Test
  void revokeIsIdempotentAndHidesOtherPeoplesKeys() { // R-KEY-REVOKE-IDEMP, R-KEY-REVOKE-ENUM
    SeedResult ids = seed(Team.SEED);
    UserApiKeyCreated key = userKey("to-revoke", null);
    assertThat(status(admin.apiKeys().revokeApiKey(key.getId()))).isEqualTo(204);
    assertThat(status(admin.apiKeys().revokeApiKey(key.getId()))).isEqualTo(204);
    fails(401, api(key.getKey()).organizations().listOrganizations(null, null, null));
    ServiceApiKeyCreated service = serviceKey(admin, ids, "svc", null);
    fails(404, api(Team.MEMBER).apiKeys().revokeApiKey(service.getId()));
    fails(403, api(Team.ANNOTATOR).apiKeys().revokeApiKey(service.getId()));
    assertThat(status(admin.apiKeys().revokeApiKey(service.getId()))).isEqualTo(204);
    fails(404, api(Team.OTHER_ADMIN).apiKeys().revokeApiKey(key.getId()));
  }

  private ServiceApiKeyCreated serviceKey(io.github.arizeadmin.api.ArizeApi as, SeedResult ids, String name,
      PredefinedRoleAssignment spaceRole) {
    return (ServiceApiKeyCreated) ok(as.apiKeys().createApiKey(new CreateServiceApiKeyRequest()
        .keyType(ApiKeyType.SERVICE).name(name).organizations(List.of(new ServiceKeyOrgAssignment()
            .orgId(ids.id("acme")).spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))
                .role(spaceRole)))))));
  }

  @Test
  void serviceKeysActAsABotScopedToTheirSpacesWithMinimalDefaults() { // R-KEY-SVC-SCOPE
    SeedResult ids = seed(Team.SEED);
    ServiceApiKeyCreated service = serviceKey(admin, ids, "ingest-bot", null);
    assertThat(service.getBotUser().getName()).isEqualTo("ingest-bot");
    assertThat(service.getBotUser().getAccountRole()).isNotNull();
    var org = service.getBotUser().getOrganizations().get(0);
    assertThat(org.getOrgId()).isEqualTo(ids.id("acme"));
    assertThat(org.getSpaces()).hasSize(1);
    assertThat(((PredefinedRoleAssignment) org.getSpaces().get(0).getRole()).getName().getValue()).isEqualTo("MEMBER");
    ok(api(service.getKey()).spaces().getSpace(ids.id("alpha")));
    fails(403, api(service.getKey()).spaces().getSpace(ids.id("beta")));
    assertThat(ok(admin.users().listUsers(100, null, null, null)).getUsers())
        .noneMatch(u -> u.getId().equals(service.getBotUser().getId()));
    fails(404, admin.users().getUser(service.getBotUser().getId()));
    assertThat(ok(admin.apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null)).getApiKeys())
        .extracting(ApiKey::getId).containsExactly(service.getId());
    // every space must belong to its organization
    fails(400, admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("x")
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme"))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(
                ok(admin.spaces().listSpaces(null, "Default", null, null)).getSpaces().get(0).getId())))))));
    fails(403, api(Team.READER).apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE)
        .name("x").organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme"))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))))))));
    // roles above the caller's are 422
    fails(422, api(Team.MEMBER).apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE)
        .name("x").organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme"))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha")).role(spaceRole("ADMIN"))))))));
    // deleting its only space revokes the key
    ok(admin.spaces().deleteSpace(ids.id("alpha")));
    fails(401, api(service.getKey()).organizations().listOrganizations(null, null, null));
  }

  @Test
  void serviceKeysRefuseAnnotatorAtEveryLevel() { // R-ANNOT-SVC
    SeedResult ids = seed(Team.SEED);
    fails(422, admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("x")
        .accountRole(userRole("ANNOTATOR")).organizations(List.of(new ServiceKeyOrgAssignment()
            .orgId(ids.id("acme")).spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))))))));
    fails(422, admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("x")
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme")).role(orgRole("ANNOTATOR"))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))))))));
    fails(422, serviceKeyCall(ids, spaceRole("ANNOTATOR")));
  }

  private retrofit2.Call<?> serviceKeyCall(SeedResult ids, PredefinedRoleAssignment role) {
    return admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("x")
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme"))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha")).role(role))))));
  }

  @Test
  void serviceKeysRefuseCustomAccountAndOrganizationRolesButAllowCustomSpaceRoles() {
    // R-ACCT-CUSTOM, R-ORG-CUSTOM-SDK
    SeedResult ids = seed(Team.SEED);
    fails(422, admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("x")
        .accountRole(new CustomUserRoleAssignment().type(UserRoleAssignmentType.CUSTOM).id(ids.id("ds")))
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme"))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))))))));
    fails(422, admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name("x")
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme"))
            .role(new OrganizationCustomRoleAssignment().type(OrganizationRoleAssignmentType.CUSTOM).id(ids.id("ds")))
            .spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))))))));
    ServiceApiKeyCreated custom = (ServiceApiKeyCreated) ok(admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest()
        .keyType(ApiKeyType.SERVICE).name("custom").organizations(List.of(new ServiceKeyOrgAssignment()
            .orgId(ids.id("acme")).spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))
                .role(customRole(ids.id("ds")))))))));
    assertThat(custom.getBotUser().getOrganizations().get(0).getSpaces().get(0).getRole())
        .isInstanceOf(io.github.arizeadmin.api.generated.model.CustomRoleAssignment.class);
  }

  @Test
  void aBotThatLosesItsCustomSpaceRoleLosesTheSpaceAndAKeyLeftWithoutSpacesIsRevoked() {
    SeedResult ids = seed(Team.SEED);
    ServiceApiKeyCreated key = (ServiceApiKeyCreated) ok(admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest()
        .keyType(ApiKeyType.SERVICE).name("custom").organizations(List.of(new ServiceKeyOrgAssignment()
            .orgId(ids.id("acme")).spaces(List.of(new ServiceKeySpaceAssignment().spaceId(ids.id("alpha"))
                .role(customRole(ids.id("ds")))))))));
    assertThat(ok(admin.apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null)).getApiKeys())
        .extracting(ApiKey::getId).contains(key.getId());

    assertThat(status(admin.roles().deleteRole(ids.id("ds")))).isEqualTo(204);

    assertThat(ok(admin.apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null)).getApiKeys())
        .extracting(ApiKey::getId).doesNotContain(key.getId());
    fails(401, api(key.getKey()).organizations().listOrganizations(null, null, null));
  }

  @Test
  void refreshDoesNotTouchTheBotOrItsScope() { // R-KEY-REFRESH-NOBOT
    SeedResult ids = seed(Team.SEED);
    ServiceApiKeyCreated service = serviceKey(admin, ids, "bot", null);
    RefreshApiKeyResponse fresh = ok(admin.apiKeys().refreshApiKey(service.getId(), new RefreshApiKeyRequest()));
    assertThat(fresh.getKeyType()).isEqualTo(ApiKeyType.SERVICE);
    ok(api(fresh.getKey()).spaces().getSpace(ids.id("alpha")));
    fails(403, api(fresh.getKey()).spaces().getSpace(ids.id("beta")));
    assertThat(ok(admin.apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null)).getApiKeys())
        .extracting(ApiKey::getId).containsExactly(fresh.getId());
  }

  @Test
  void listingDefaultsToTheCallersActiveUserKeysAndOtherUsersNeedAdmin() { // R-KEY-LIST-DEFAULT
    SeedResult ids = seed(Team.SEED);
    assertThat(ok(api(Team.MEMBER).apiKeys().listApiKeys(null, null, null, null, null, null)).getApiKeys())
        .extracting(ApiKey::getName).containsExactly("member-key");
    fails(403, api(Team.MEMBER).apiKeys().listApiKeys(null, null, null, ids.id("reader"), null, null));
    assertThat(ok(admin.apiKeys().listApiKeys(null, null, null, ids.id("reader"), null, null)).getApiKeys())
        .extracting(ApiKey::getName).containsExactly("reader-key");
    fails(403, api(Team.ANNOTATOR).apiKeys().listApiKeys(null, null, null, null, null, null));
    // a space the caller is not in is out of reach (404), even in a visible organization
    fails(404, api(Team.MEMBER).apiKeys().listApiKeys(null, null, ids.id("beta"), null, null, null));
    fails(404, api(Team.OUTSIDER).apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null));
    ok(api(Team.BINDER).apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null));
    // in the space without SERVICE_KEY_READ: 403
    ok(admin.roles().updateRole(ids.id("binder-role"), new UpdateRoleRequest()
        .permissions(List.of(Permission.SPACE_READ))));
    fails(403, api(Team.BINDER).apiKeys().listApiKeys(null, null, ids.id("alpha"), null, null, null));
    fails(403, api(Team.ANNOTATOR).apiKeys().createApiKey(new CreateUserApiKeyRequest().keyType(ApiKeyType.USER)
        .name("no-dev")));
  }
}
