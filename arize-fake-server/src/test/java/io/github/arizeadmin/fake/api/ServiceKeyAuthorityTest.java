package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.ArizeApi;
import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.ApiKey;
import io.github.arizeadmin.api.generated.model.ApiKeyStatus;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationPredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.PredefinedUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyResponse;
import io.github.arizeadmin.api.generated.model.ServiceApiKeyCreated;
import io.github.arizeadmin.api.generated.model.ServiceKeyOrgAssignment;
import io.github.arizeadmin.api.generated.model.ServiceKeySpaceAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignment;
import io.github.arizeadmin.api.generated.model.UserRoleAssignment;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may refresh a service key, and how high a role a caller may give one: every cell of the
 * refresh rule (space admin; the creator while holding SERVICE_KEY_CREATE; nobody else), and every
 * escalation limit with a role above, equal to and below the caller's own. A refusal leaves the old
 * key working and creates nothing.
 */
class ServiceKeyAuthorityTest extends FakeTest {
  private SeedResult ids;

  @BeforeEach
  void team() {
    ids = seed(Team.SEED);
  }

  private CreateServiceApiKeyRequest request(String name, OrganizationPredefinedRoleAssignment orgRole,
      UserRoleAssignment accountRole, SpaceRoleAssignment spaceRole, String... spaceRefs) {
    List<ServiceKeySpaceAssignment> spaces = java.util.Arrays.stream(spaceRefs)
        .map(ref -> new ServiceKeySpaceAssignment().spaceId(ids.id(ref)).role(spaceRole)).toList();
    return new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name(name).accountRole(accountRole)
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme")).role(orgRole).spaces(spaces)));
  }

  private ServiceApiKeyCreated create(ArizeApi as, CreateServiceApiKeyRequest request) {
    return (ServiceApiKeyCreated) ok(as.apiKeys().createApiKey(request));
  }

  private ServiceApiKeyCreated alphaKey(ArizeApi as, String name) {
    return create(as, request(name, null, null, null, "alpha"));
  }

  private List<String> activeServiceKeysIn(String spaceRef) {
    return ok(admin.apiKeys().listApiKeys(ApiKeyType.SERVICE, ApiKeyStatus.ACTIVE, ids.id(spaceRef), null, 100, null))
        .getApiKeys().stream().map(ApiKey::getName).toList();
  }

  private void refreshed(ArizeApi as, ServiceApiKeyCreated old) {
    RefreshApiKeyResponse fresh = ok(as.apiKeys().refreshApiKey(old.getId(), new RefreshApiKeyRequest()));
    assertThat(fresh.getName()).isEqualTo(old.getName());
    fails(401, api(old.getKey()).spaces().getSpace(ids.id("alpha")));
    ok(api(fresh.getKey()).spaces().getSpace(ids.id("alpha")));
  }

  private void refused(ArizeApi as, ServiceApiKeyCreated old) {
    List<String> before = activeServiceKeys();
    fails(403, as.apiKeys().refreshApiKey(old.getId(), new RefreshApiKeyRequest()));
    ok(api(old.getKey()).organizations().listOrganizations(null, null, null));
    assertThat(activeServiceKeys()).isEqualTo(before);
  }

  private List<String> activeServiceKeys() {
    List<String> all = new java.util.ArrayList<>(activeServiceKeysIn("alpha"));
    all.addAll(activeServiceKeysIn("beta"));
    return all;
  }

  // ---- refresh ----

  @Test
  void aSpaceAdminRefreshesAServiceKeySomeoneElseCreated() {
    refreshed(api(Team.SPACE_ADMIN), alphaKey(admin, "by-admin"));
  }

  @Test
  void beingAdminOfOneOfTheKeysSpacesIsEnough() {
    refreshed(api(Team.SPACE_ADMIN), create(admin, request("two-spaces", null, null, null, "alpha", "beta")));
  }

  @Test
  void theCreatorWithServiceKeyCreateRefreshesTheirKey() {
    refreshed(api(Team.MEMBER), alphaKey(api(Team.MEMBER), "by-member"));
    refreshed(api(Team.BINDER), create(api(Team.BINDER),
        request("by-binder", null, null, customRole(ids.id("binder-role")), "alpha")));
  }

  @Test
  void theCreatorWhoLostServiceKeyCreateMayNotRefresh() {
    ServiceApiKeyCreated mine = alphaKey(api(Team.MEMBER), "by-member");
    ok(admin.spaces().addSpaceUser(ids.id("alpha"), new AddSpaceUserRequest().userId(ids.id("member"))
        .role(spaceRole("READ_ONLY"))));

    refused(api(Team.MEMBER), mine);
  }

  @Test
  void someoneWithServiceKeyCreateWhoIsNotTheCreatorMayNotRefresh() {
    ServiceApiKeyCreated byAdmin = alphaKey(admin, "by-admin");

    refused(api(Team.MEMBER), byAdmin);
    refused(api(Team.BINDER), byAdmin);
    refused(api(Team.READER), byAdmin);
    refused(api(Team.SPACE_ADMIN), create(admin, request("beta-only", null, null, null, "beta")));
  }

  // ---- escalation limits at creation ----

  private static PredefinedUserRoleAssignment accountRole(String name) {
    return userRole(name);
  }

  private void refusedAbove(ArizeApi as, CreateServiceApiKeyRequest request, String field) {
    List<String> before = activeServiceKeys();
    assertThat(fails(422, as.apiKeys().createApiKey(request)).getDetail()).contains(field).contains("above your own");
    assertThat(activeServiceKeys()).isEqualTo(before);
  }

  @Test
  void anAccountRoleAboveTheCallersIsRefusedAndAnEqualOneIsGiven() {
    refusedAbove(api(Team.MEMBER), request("x", null, accountRole("ADMIN"), null, "alpha"), "account_role");
    ServiceApiKeyCreated equal = create(api(Team.MEMBER), request("equal", null, accountRole("MEMBER"), null, "alpha"));
    assertThat(((PredefinedUserRoleAssignment) equal.getBotUser().getAccountRole()).getName().getValue())
        .isEqualTo("MEMBER");
    ServiceApiKeyCreated byAdmin = create(admin, request("admin-bot", null, accountRole("ADMIN"), null, "alpha"));
    assertThat(((PredefinedUserRoleAssignment) byAdmin.getBotUser().getAccountRole()).getName().getValue())
        .isEqualTo("ADMIN");
  }

  @Test
  void anOrganizationRoleAboveTheCallersIsRefusedAndAnEqualOneIsGiven() {
    refusedAbove(api(Team.MEMBER), request("x", orgRole("ADMIN"), null, null, "alpha"), "role");
    ServiceApiKeyCreated equal = create(api(Team.MEMBER), request("equal", orgRole("MEMBER"), null, null, "alpha"));
    assertThat(((OrganizationPredefinedRoleAssignment) equal.getBotUser().getOrganizations().get(0).getRole())
        .getName().getValue()).isEqualTo("MEMBER");
    ServiceApiKeyCreated below = create(api(Team.MEMBER), request("below", orgRole("READ_ONLY"), null, null, "alpha"));
    assertThat(((OrganizationPredefinedRoleAssignment) below.getBotUser().getOrganizations().get(0).getRole())
        .getName().getValue()).isEqualTo("READ_ONLY");
  }

  @Test
  void aSpaceRoleAboveTheCallersIsRefusedAndAnEqualOneIsGiven() {
    refusedAbove(api(Team.MEMBER), request("x", null, null, spaceRole("ADMIN"), "alpha"), "role");
    ServiceApiKeyCreated equal = create(api(Team.MEMBER), request("equal", null, null, spaceRole("MEMBER"), "alpha"));
    ServiceApiKeyCreated adminEqual = create(api(Team.SPACE_ADMIN),
        request("admin-equal", null, null, spaceRole("ADMIN"), "alpha"));
    assertThat(((PredefinedRoleAssignment) equal.getBotUser().getOrganizations().get(0).getSpaces().get(0).getRole())
        .getName().getValue()).isEqualTo("MEMBER");
    assertThat(((PredefinedRoleAssignment) adminEqual.getBotUser().getOrganizations().get(0).getSpaces().get(0)
        .getRole()).getName().getValue()).isEqualTo("ADMIN");
  }

  @Test
  void aCustomRoleGrantingMoreThanTheCallerHoldsIsRefusedAndTheCallersOwnIsGiven() {
    // Binder holds its custom role's permissions in alpha; "Data Scientist" adds DATASET_READ.
    List<String> before = activeServiceKeysIn("alpha");
    assertThat(fails(422, api(Team.BINDER).apiKeys().createApiKey(
        request("x", null, null, customRole(ids.id("ds")), "alpha"))).getDetail()).contains("grants more");
    assertThat(activeServiceKeysIn("alpha")).isEqualTo(before);

    ServiceApiKeyCreated same = create(api(Team.BINDER), request("same", null, null, customRole(ids.id("binder-role")),
        "alpha"));
    assertThat(((CustomRoleAssignment) same.getBotUser().getOrganizations().get(0).getSpaces().get(0).getRole())
        .getId()).isEqualTo(ids.id("binder-role"));
    create(api(Team.MEMBER), request("subset", null, null, customRole(ids.id("ds")), "alpha"));
  }
}
