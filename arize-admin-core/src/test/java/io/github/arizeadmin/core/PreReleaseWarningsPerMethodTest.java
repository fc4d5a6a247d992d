package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.testing.LogCapture;
import io.github.arizeadmin.fake.SeedResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feature 9, for every method: each public operation logs the BETA warning of the SDK method it stands
 * for (and those of the SDK methods it chains), on its first use; a call refused before any request
 * logs none. Each call starts with a fresh once-per-method memory, so it shows its own keys.
 */
class PreReleaseWarningsPerMethodTest extends FakeServerTest {

  private SeedResult ids;

  @BeforeEach
  void seedAccount() {
    ids = seed(SubClientEdgesFakeTest.SEED);
  }

  /** Runs the call with a fresh warning memory and returns the keys it warned about, in order. */
  private static List<String> warned(Runnable call) {
    LogCapture.clear();
    PreRelease.forgetWarnings();
    call.run();
    return LogCapture.events(PreRelease.LOGGER_NAME).stream().map(LogCapture.Event::message)
        .map(message -> message.substring(message.indexOf("] ") + 2, message.indexOf(" is a")))
        .toList();
  }

  @Test
  void organizationMethodsWarnForThemselves() {
    assertThat(warned(() -> client.organizations().list())).containsExactly("organizations.list");
    assertThat(warned(() -> client.organizations().listAll().toList())).containsExactly("organizations.list");
    assertThat(warned(() -> client.organizations().get("Acme"))).containsExactly("organizations.get");
    assertThat(warned(() -> client.organizations().find("Acme"))).containsExactly("organizations.get");
    assertThat(warned(() -> client.organizations().create("Initech"))).containsExactly("organizations.create");
    assertThat(warned(() -> client.organizations().ensure("Acme"))).containsExactly("organizations.get");
    assertThat(warned(() -> client.organizations().ensure("Globex")))
        .containsExactly("organizations.get", "organizations.create");
    assertThat(warned(() -> client.organizations().update("Initech", null, "paper")))
        .containsExactly("organizations.update");
    assertThat(warned(() -> client.organizations().addUser("Initech", "bob@example.com", OrganizationRole.MEMBER)))
        .containsExactly("organizations.addUser");
    assertThat(warned(() -> client.organizations().removeUser("Initech", "bob@example.com")))
        .containsExactly("organizations.removeUser");
    assertThat(warned(() -> client.organizations().removeUserFromAll("bob@example.com")))
        .containsExactly("organizations.removeUser");
    assertThat(warned(() -> client.organizations().delete("Initech"))).containsExactly("organizations.delete");
  }

  @Test
  void spaceMethodsWarnForThemselves() {
    assertThat(warned(() -> client.spaces().list())).containsExactly("spaces.list");
    assertThat(warned(() -> client.spaces().listAll().toList())).containsExactly("spaces.list");
    assertThat(warned(() -> client.spaces().get("team-alpha"))).containsExactly("spaces.get");
    assertThat(warned(() -> client.spaces().find("team-alpha"))).containsExactly("spaces.get");
    assertThat(warned(() -> client.spaces().create("team-beta", "Acme"))).containsExactly("spaces.create");
    assertThat(warned(() -> client.spaces().ensure("team-alpha", "Acme"))).containsExactly("spaces.get");
    assertThat(warned(() -> client.spaces().ensure("team-gamma", "Acme"))).containsExactly("spaces.get", "spaces.create");
    assertThat(warned(() -> client.spaces().update("team-beta", null, "second"))).containsExactly("spaces.update");
    assertThat(warned(() -> client.spaces().addUser("team-beta", "bob@example.com", SpaceRole.MEMBER)))
        .containsExactly("spaces.addUser");
    assertThat(warned(() -> client.spaces().removeUser("team-beta", "bob@example.com"))).containsExactly("spaces.removeUser");
    assertThat(warned(() -> client.spaces().delete("team-beta"))).containsExactly("spaces.delete");
    assertThat(warned(() -> client.workspace().assignSpaceMembershipById(List.of(ids.id("bob")),
        List.of(ids.id("alpha")), SpaceRole.READ_ONLY))).containsExactly("spaces.addUser");
  }

  @Test
  void userMethodsWarnForThemselvesAndAnEmailLookupAlsoForTheList() {
    assertThat(warned(() -> client.users().list())).containsExactly("users.list");
    assertThat(warned(() -> client.users().listAll().toList())).containsExactly("users.list");
    assertThat(warned(() -> client.users().get(ids.id("jane")))).containsExactly("users.get");
    assertThat(warned(() -> client.users().get("jane@example.com"))).containsExactly("users.get", "users.list");
    assertThat(warned(() -> client.users().create("Ann Lee", "ann@example.com", AccountRole.MEMBER, InviteMode.NONE)))
        .containsExactly("users.create");
    assertThat(warned(() -> client.users().update("ann@example.com", "Ann B. Lee", null))).containsExactly("users.update");
    assertThat(warned(() -> client.users().resetPassword("ann@example.com"))).containsExactly("users.resetPassword");
    assertThat(warned(() -> client.users().create("Ivy Invited", "ivy@example.com", AccountRole.MEMBER,
        InviteMode.EMAIL_LINK))).containsExactly("users.create");
    assertThat(warned(() -> client.users().resendInvitation("ivy@example.com")))
        .containsExactly("users.resendInvitation");
    assertThat(warned(() -> client.users().delete("ivy@example.com"))).containsExactly("users.delete");
    assertThat(warned(() -> client.users().bulkDelete(List.of(), List.of("nobody@example.com"))))
        .containsExactly("users.bulkDelete");
    assertThat(warned(() -> client.users().bulkDelete(List.of(ids.id("bob")), null)))
        .as("each deletion is a delete call").containsExactly("users.bulkDelete", "users.delete");
  }

  @Test
  void roleMethodsWarnForThemselves() {
    assertThat(warned(() -> client.roles().list())).containsExactly("roles.list");
    assertThat(warned(() -> client.roles().listAll(null).toList())).containsExactly("roles.list");
    assertThat(warned(() -> client.roles().get("Data Scientist"))).containsExactly("roles.get");
    assertThat(warned(() -> client.roles().find("Data Scientist"))).containsExactly("roles.get");
    assertThat(warned(() -> client.roles().create("Auditor", List.of(Permission.USER_READ), null)))
        .containsExactly("roles.create");
    assertThat(warned(() -> client.roles().ensure("Auditor", List.of(Permission.USER_READ), null)))
        .containsExactly("roles.get");
    assertThat(warned(() -> client.roles().ensure("Reader", List.of(Permission.USER_READ), null)))
        .containsExactly("roles.get", "roles.create");
    assertThat(warned(() -> client.roles().update("Auditor", RoleUpdate.name("Auditor II")))).containsExactly("roles.update");
    assertThat(warned(() -> client.roles().delete("Auditor II"))).containsExactly("roles.delete");
  }

  @Test
  void roleBindingMethodsWarnForThemselvesAndAnUpsertForWhatItSends() {
    RoleBinding[] made = new RoleBinding[1];
    assertThat(warned(() -> made[0] = client.roleBindings().create("jane@example.com", "Viewer", ResourceType.SPACE,
        "team-alpha"))).containsExactly("roleBindings.create");
    assertThat(warned(() -> client.roleBindings().list(ResourceType.SPACE, null, 10, null)))
        .containsExactly("roleBindings.list");
    assertThat(warned(() -> client.roleBindings().listAll(ResourceType.SPACE, "jane@example.com").toList()))
        .containsExactly("roleBindings.list");
    assertThat(warned(() -> client.roleBindings().listForUser("jane@example.com"))).containsExactly("roleBindings.list");
    assertThat(warned(() -> client.roleBindings().get(made[0].id()))).containsExactly("roleBindings.get");
    assertThat(warned(() -> client.roleBindings().update(made[0].id(), "Data Scientist")))
        .containsExactly("roleBindings.update");
    assertThat(warned(() -> client.roleBindings().upsert("jane@example.com", "Data Scientist", ResourceType.SPACE,
        "team-alpha"))).as("already so: a list only").containsExactly("roleBindings.list");
    assertThat(warned(() -> client.roleBindings().upsert("jane@example.com", "Viewer", ResourceType.SPACE,
        "team-alpha"))).containsExactly("roleBindings.list", "roleBindings.update");
    assertThat(warned(() -> client.roleBindings().createOnProject("jane@example.com", "Viewer", "fraud-model",
        "team-alpha"))).containsExactly("roleBindings.create");
    assertThat(warned(() -> client.roleBindings().upsertOnProject("jane@example.com", "Data Scientist", "fraud-model",
        "team-alpha"))).containsExactly("roleBindings.list", "roleBindings.update");
    assertThat(warned(() -> client.roleBindings().delete(made[0].id()))).containsExactly("roleBindings.delete");
    assertThat(warned(() -> client.roleBindings().upsert("jane@example.com", "Viewer", ResourceType.SPACE,
        "team-alpha"))).containsExactly("roleBindings.list", "roleBindings.create");
  }

  @Test
  void restrictionKeyAndProjectMethodsWarnForThemselves() {
    assertThat(warned(() -> client.resourceRestrictions().restrict("fraud-model", "team-alpha")))
        .containsExactly("resourceRestrictions.restrict");
    assertThat(warned(() -> client.resourceRestrictions().list(ResourceType.PROJECT, 10, null)))
        .containsExactly("resourceRestrictions.list");
    assertThat(warned(() -> client.resourceRestrictions().listAll().toList())).containsExactly("resourceRestrictions.list");
    assertThat(warned(() -> client.resourceRestrictions().unrestrict("fraud-model", "team-alpha")))
        .containsExactly("resourceRestrictions.unrestrict");

    String[] keyId = new String[1];
    assertThat(warned(() -> keyId[0] = client.apiKeys().create("mine").id())).containsExactly("apiKeys.create");
    assertThat(warned(() -> client.apiKeys().list())).containsExactly("apiKeys.list");
    assertThat(warned(() -> client.apiKeys().listAll().toList())).containsExactly("apiKeys.list");
    assertThat(warned(() -> client.apiKeys().createServiceKey(ServiceKeyRequest.of("svc",
        List.of(ServiceKeyOrganization.of("Acme", ServiceKeySpace.of("team-alpha")))))))
        .containsExactly("apiKeys.createServiceKey");
    assertThat(warned(() -> keyId[0] = client.apiKeys().refresh(keyId[0]).id())).containsExactly("apiKeys.refresh");
    assertThat(warned(() -> client.apiKeys().revoke(keyId[0]))).containsExactly("apiKeys.revoke");

    assertThat(warned(() -> client.projects().list())).containsExactly("projects.list");
    assertThat(warned(() -> client.projects().listAll().toList())).containsExactly("projects.list");
    assertThat(warned(() -> client.projects().create("ltv", "team-alpha"))).containsExactly("projects.create");
    assertThat(warned(() -> client.projects().ensure("ltv", "team-alpha"))).containsExactly("projects.get");
    assertThat(warned(() -> client.projects().ensure("retention", "team-alpha")))
        .containsExactly("projects.get", "projects.create");
    assertThat(warned(() -> client.projects().get(ids.id("fraud")))).containsExactly("projects.get");
    assertThat(warned(() -> client.projects().get("fraud-model", "team-alpha"))).containsExactly("projects.get");
    assertThat(warned(() -> client.projects().find(ids.id("fraud"), null))).containsExactly("projects.get");
    assertThat(warned(() -> client.projects().find("fraud-model", "team-alpha"))).containsExactly("projects.get");
    assertThat(warned(() -> client.projects().update("ltv", "team-alpha", "lifetime-value")))
        .containsExactly("projects.update");
    assertThat(warned(() -> client.projects().delete("lifetime-value", "team-alpha"))).containsExactly("projects.delete");
  }

  @Test
  void aListRefusedForItsLimitOrItsTypeWarnsAboutNothingAndSendsNothing() {
    List<Runnable> refused = List.of(
        () -> client.organizations().list(null, 0, null),
        () -> client.spaces().list(SpaceFilter.defaults(), 101, null),
        () -> client.users().list(UserFilter.defaults(), 0, null),
        () -> client.roles().list(null, 101, null),
        () -> client.projects().list(ProjectFilter.defaults(), 0, null),
        () -> client.apiKeys().list(ApiKeyFilter.defaults(), 101, null),
        () -> client.roleBindings().list(ResourceType.SPACE, null, 0, null),
        () -> client.roleBindings().list(ResourceType.UNKNOWN, "jane@example.com", 10, null),
        () -> client.roleBindings().listAll(ResourceType.UNKNOWN, "jane@example.com"),
        () -> client.roleBindings().create("jane@example.com", "Viewer", ResourceType.UNKNOWN, "fraud-model"),
        () -> client.roleBindings().upsert("jane@example.com", "Viewer", ResourceType.UNKNOWN, "fraud-model"),
        () -> client.resourceRestrictions().list(ResourceType.PROJECT, 101, null),
        () -> client.resourceRestrictions().list(ResourceType.SPACE, 10, null),
        () -> client.resourceRestrictions().list(ResourceType.UNKNOWN, 10, null));
    requests.take();
    for (Runnable call : refused) {
      assertThat(warned(() -> assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class))).isEmpty();
    }
    assertThat(requests.take()).isEmpty();
  }
}
