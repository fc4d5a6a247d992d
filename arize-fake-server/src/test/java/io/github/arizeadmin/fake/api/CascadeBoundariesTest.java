package io.github.arizeadmin.fake.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.ApiKey;
import io.github.arizeadmin.api.generated.model.ApiKeyStatus;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateOrganizationRequest;
import io.github.arizeadmin.api.generated.model.CreateProjectRequest;
import io.github.arizeadmin.api.generated.model.CreateRoleBindingRequest;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateSpaceRequest;
import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.RoleBinding;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.ServiceApiKeyCreated;
import io.github.arizeadmin.api.generated.model.ServiceKeyOrgAssignment;
import io.github.arizeadmin.api.generated.model.ServiceKeySpaceAssignment;
import io.github.arizeadmin.api.generated.model.Space;
import io.github.arizeadmin.api.generated.model.SpaceMembership;
import io.github.arizeadmin.fake.SeedResult;
import io.github.arizeadmin.fake.support.FakeTest;
import io.github.arizeadmin.fake.support.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cascades touch exactly what they own: each test checks what a removal takes away and what it
 * must leave (a second organization, a predefined membership beside a binding, a service key's other
 * spaces, a key already revoked), and that a space role changes from one custom role to another.
 */
class CascadeBoundariesTest extends FakeTest {

  private List<RoleBinding> bindingsOf(String userId, RoleBindingResourceType type) {
    return ok(admin.roleBindings().listRoleBindings(type, null, null, userId)).getRoleBindings();
  }

  private RoleBinding bind(String userId, String roleId, RoleBindingResourceType type, String resourceId) {
    return ok(admin.roleBindings().createRoleBinding(new CreateRoleBindingRequest().userId(userId).roleId(roleId)
        .resourceType(type).resourceId(resourceId)));
  }

  @Test
  void removingAUserFromOneOrganizationLeavesTheirPlaceInAnother() { // R-CASCADE-ORGUSER
    SeedResult ids = seed(Team.SEED);
    String member = ids.id("member");
    String second = ok(admin.organizations().createOrganization(new CreateOrganizationRequest().name("Second")))
        .getId();
    String gamma = ok(admin.spaces().createSpace(new CreateSpaceRequest().name("gamma").organizationId(second)))
        .getId();
    String gammaProject = ok(admin.projects().createProject(new CreateProjectRequest().name("g").spaceId(gamma)))
        .getId();
    ok(admin.organizations().addOrganizationUser(second,
        new AddOrganizationUserRequest().userId(member).role(orgRole("MEMBER"))));
    ok(admin.spaces().addSpaceUser(gamma, new AddSpaceUserRequest().userId(member).role(spaceRole("READ_ONLY"))));
    RoleBinding keptOnProject = bind(member, ids.id("ds"), RoleBindingResourceType.PROJECT, gammaProject);
    RoleBinding keptOnSpace = bind(member, ids.id("ds"), RoleBindingResourceType.SPACE, gamma);
    bind(member, ids.id("ds"), RoleBindingResourceType.PROJECT, ids.id("fraud"));
    bind(member, ids.id("ds"), RoleBindingResourceType.SPACE, ids.id("alpha"));

    assertThat(status(admin.organizations().removeOrganizationUser(ids.id("acme"), member))).isEqualTo(204);

    // gone from Acme ...
    fails(404, api(Team.MEMBER).spaces().getSpace(ids.id("alpha")));
    fails(404, admin.spaces().removeSpaceUser(ids.id("alpha"), member));
    // ... and still everything in Second
    assertThat(bindingsOf(member, RoleBindingResourceType.PROJECT)).extracting(RoleBinding::getId)
        .containsExactly(keptOnProject.getId());
    assertThat(bindingsOf(member, RoleBindingResourceType.SPACE)).extracting(RoleBinding::getId)
        .containsExactly(keptOnSpace.getId());
    assertThat(ok(api(Team.MEMBER).spaces().listSpaces(null, null, null, null)).getSpaces())
        .extracting(Space::getName).containsExactly("gamma");
    ok(api(Team.MEMBER).projects().getProject(gammaProject));
    fails(404, admin.organizations().removeOrganizationUser(ids.id("acme"), member));
    assertThat(status(admin.organizations().removeOrganizationUser(second, member))).isEqualTo(204);
  }

  @Test
  void deletingASpaceBindingLeavesAPredefinedMembershipOnTheSpace() {
    SeedResult ids = seed(Team.SEED);
    String member = ids.id("member");
    RoleBinding extra = bind(member, ids.id("ds"), RoleBindingResourceType.SPACE, ids.id("alpha"));

    assertThat(status(admin.roleBindings().deleteRoleBinding(extra.getId()))).isEqualTo(204);

    fails(404, admin.roleBindings().getRoleBinding(extra.getId()));
    assertThat(ok(api(Team.MEMBER).spaces().listSpaces(null, null, null, null)).getSpaces())
        .extracting(Space::getName).containsExactly("alpha");
    // the predefined membership is still there, with its role: removing it is a 204, not a 404
    assertThat(status(admin.spaces().removeSpaceUser(ids.id("alpha"), member))).isEqualTo(204);
  }

  @Test
  void deletingTheBindingOfACustomMembershipEndsThatMembership() {
    SeedResult ids = seed(Team.SEED);
    String plain = ids.id("plain");
    ok(admin.spaces().addSpaceUser(ids.id("alpha"), new AddSpaceUserRequest().userId(plain)
        .role(customRole(ids.id("ds")))));
    RoleBinding binding = bindingsOf(plain, RoleBindingResourceType.SPACE).get(0);

    assertThat(status(admin.roleBindings().deleteRoleBinding(binding.getId()))).isEqualTo(204);

    fails(404, admin.spaces().removeSpaceUser(ids.id("alpha"), plain));
    assertThat(ok(admin.spaces().getSpace(ids.id("alpha"))).getName()).isEqualTo("alpha");
  }

  private ServiceApiKeyCreated serviceKey(SeedResult ids, String name, String... spaceRefs) {
    List<ServiceKeySpaceAssignment> spaces = java.util.Arrays.stream(spaceRefs)
        .map(ref -> new ServiceKeySpaceAssignment().spaceId(ids.id(ref))).toList();
    return (ServiceApiKeyCreated) ok(admin.apiKeys().createApiKey(new CreateServiceApiKeyRequest()
        .keyType(ApiKeyType.SERVICE).name(name)
        .organizations(List.of(new ServiceKeyOrgAssignment().orgId(ids.id("acme")).spaces(spaces)))));
  }

  private List<String> serviceKeyIds(ApiKeyStatus status, String spaceId) {
    return ok(admin.apiKeys().listApiKeys(ApiKeyType.SERVICE, status, spaceId, null, 100, null)).getApiKeys()
        .stream().map(ApiKey::getId).toList();
  }

  /** The service keys the admin created, in every space: listing without a space lists by creator. */
  private List<String> createdServiceKeyIds(ApiKeyStatus status) {
    return ok(admin.apiKeys().listApiKeys(ApiKeyType.SERVICE, status, null, null, 100, null)).getApiKeys()
        .stream().map(ApiKey::getId).toList();
  }

  @Test
  void deletingASpaceRevokesOnlyTheServiceKeysLeftWithoutASpace() { // R-CASCADE-SPACE
    SeedResult ids = seed(Team.SEED);
    ServiceApiKeyCreated alphaOnly = serviceKey(ids, "alpha-only", "alpha");
    ServiceApiKeyCreated both = serviceKey(ids, "both", "alpha", "beta");
    ServiceApiKeyCreated revokedBoth = serviceKey(ids, "revoked-both", "alpha", "beta");
    ServiceApiKeyCreated revokedAlpha = serviceKey(ids, "revoked-alpha", "alpha");
    assertThat(status(admin.apiKeys().revokeApiKey(revokedBoth.getId()))).isEqualTo(204);
    assertThat(status(admin.apiKeys().revokeApiKey(revokedAlpha.getId()))).isEqualTo(204);

    assertThat(status(admin.spaces().deleteSpace(ids.id("alpha")))).isEqualTo(204);

    fails(401, api(alphaOnly.getKey()).organizations().listOrganizations(null, null, null));
    ok(api(both.getKey()).spaces().getSpace(ids.id("beta")));
    fails(401, api(revokedBoth.getKey()).organizations().listOrganizations(null, null, null));
    fails(401, api(revokedAlpha.getKey()).organizations().listOrganizations(null, null, null));
    assertThat(serviceKeyIds(ApiKeyStatus.ACTIVE, ids.id("beta"))).containsExactly(both.getId());
    assertThat(serviceKeyIds(ApiKeyStatus.REVOKED, ids.id("beta"))).containsExactly(revokedBoth.getId());
    assertThat(createdServiceKeyIds(ApiKeyStatus.REVOKED))
        .containsExactlyInAnyOrder(alphaOnly.getId(), revokedBoth.getId(), revokedAlpha.getId());
    assertThat(createdServiceKeyIds(ApiKeyStatus.ACTIVE)).containsExactly(both.getId());
  }

  @Test
  void aCustomSpaceRoleChangesToAnotherCustomRole() { // R-UPSERT-SPACE
    SeedResult ids = seed(Team.SEED);
    String plain = ids.id("plain");
    String alpha = ids.id("alpha");
    SpaceMembership asDs = ok(admin.spaces().addSpaceUser(alpha, new AddSpaceUserRequest().userId(plain)
        .role(customRole(ids.id("ds")))));
    RoleBinding before = bindingsOf(plain, RoleBindingResourceType.SPACE).get(0);

    SpaceMembership asBinder = ok(admin.spaces().addSpaceUser(alpha, new AddSpaceUserRequest().userId(plain)
        .role(customRole(ids.id("binder-role")))));

    assertThat(asBinder.getId()).isEqualTo(asDs.getId());
    assertThat(((CustomRoleAssignment) asBinder.getRole()).getId()).isEqualTo(ids.id("binder-role"));
    assertThat(((CustomRoleAssignment) asBinder.getRole()).getName()).isEqualTo("Binder");
    List<RoleBinding> after = bindingsOf(plain, RoleBindingResourceType.SPACE);
    assertThat(after).extracting(RoleBinding::getRoleId).containsExactly(ids.id("binder-role"));
    assertThat(after).extracting(RoleBinding::getId).containsExactly(before.getId());
    // the same role again changes nothing
    SpaceMembership again = ok(admin.spaces().addSpaceUser(alpha, new AddSpaceUserRequest().userId(plain)
        .role(customRole(ids.id("binder-role")))));
    assertThat(again.getId()).isEqualTo(asDs.getId());
    assertThat(bindingsOf(plain, RoleBindingResourceType.SPACE)).extracting(RoleBinding::getRoleId)
        .containsExactly(ids.id("binder-role"));
  }
}
