package io.github.arizeadmin.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.fake.internal.domain.AdjustableClock;
import io.github.arizeadmin.fake.internal.domain.ApiKeyService;
import io.github.arizeadmin.fake.internal.domain.Caller;
import io.github.arizeadmin.fake.internal.domain.Domain;
import io.github.arizeadmin.fake.internal.domain.GlobalId;
import io.github.arizeadmin.fake.internal.domain.Ids;
import io.github.arizeadmin.fake.internal.domain.RoleService;
import io.github.arizeadmin.fake.internal.domain.SeedException;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.FakeState;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.SpaceMembership;
import io.github.arizeadmin.fake.state.SpaceRoleAssignment;
import io.github.arizeadmin.fake.state.UserAccess;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The seed document both ways, without a server: the streaming reader (lists and fields in any
 * order), the loader's rules with the document's paths, all-or-nothing, and the export seeding back.
 */
class SeedDocumentTest {
  private static final String KEY = "ak-admin000000000000000000000000000000000";
  private final AdjustableClock clock = new AdjustableClock(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"),
      ZoneOffset.UTC));
  private final Domain domain = new Domain(Store.inMemory(), clock, new Ids(3L));

  private Domain.Seeded seed(String json) {
    return domain.seed(KEY, SeedJson.read(json));
  }

  private static String failure(Runnable seed) {
    String[] message = new String[1];
    assertThatThrownBy(seed::run).isInstanceOfSatisfying(SeedException.class, e -> message[0] = e.getMessage());
    return message[0];
  }

  @Test
  void listsAndFieldsMayComeInAnyOrder() {
    Domain.Seeded seeded = seed("""
        {"accounts": [{
          "organizations": [{"spaces": [{"members": [{"role": "ADMIN", "user": "jane"}], "name": "alpha"}],
                             "members": [{"user": "jane"}], "name": "Acme", "ref": "acme"}],
          "users": [{"api_keys": [{"key": "ak-jane0000000000000000000000000000000000", "name": "ci"}],
                     "email": "jane@x.io", "ref": "jane"}],
          "name": "default"}]}
        """);
    UserAccess jane = domain.state().user("jane@x.io").orElseThrow();
    assertThat(jane.spaceMemberships()).extracting(SpaceMembership::role)
        .containsExactly(new SpaceRoleAssignment.Predefined(UserSpaceRole.ADMIN));
    assertThat(seeded.ids()).containsKeys("acme", "default/acme", "jane", "alpha");
    assertThat(seeded.apiKeys()).containsEntry("ci", "ak-jane0000000000000000000000000000000000");
  }

  @Test
  void theLoaderAppliesTheDomainsRulesAndNamesThePath() {
    assertThat(failure(() -> seed("""
        {"accounts": [{"users": [{"email": "ann@x.io", "role": "ANNOTATOR"}],
          "organizations": [{"name": "Acme", "members": [{"user": "ann@x.io", "role": "MEMBER"}]}]}]}
        """))).startsWith("accounts[0].organizations[0].members[0].role: a user whose account role is ANNOTATOR");
    assertThat(failure(() -> seed("""
        {"accounts": [{"users": [{"email": "jane@x.io"}],
          "organizations": [{"name": "Acme", "spaces": [{"name": "alpha", "members": [{"user": "jane@x.io"}]}]}]}]}
        """))).isEqualTo("accounts[0].organizations[0].spaces[0].members[0].user: the user is not a member of the "
        + "parent organization.");
    assertThat(failure(() -> seed("""
        {"accounts": [{"organizations": [{"name": "Acme"}, {"name": "Acme"}]}]}
        """))).startsWith("accounts[0].organizations[1].name: an organization named Acme already exists");
    assertThat(failure(() -> seed("""
        {"accounts": [{"users": [{"email": "not-an-email"}]}]}
        """))).isEqualTo("accounts[0].users[0].email: 'not-an-email' is not a valid email address.");
    assertThat(failure(() -> seed("""
        {"accounts": [{"roles": [{"name": "R", "permissions": ["NOPE"]}]}]}
        """))).isEqualTo("accounts[0].roles[0].permissions: 'NOPE' is not a permission.");
    assertThat(failure(() -> seed("{\"accounts\": [{\"users\": [{\"email\": 5}]}]}")))
        .isEqualTo("accounts[0].users[0].email: must be a string.");
    assertThat(failure(() -> seed("{\"accounts\": [1]}"))).isEqualTo("accounts[0]: must be an object.");
    assertThat(failure(() -> seed("{\"accounts\": [{]}"))).startsWith("$: not valid JSON");
  }

  @Test
  void aFailedSeedChangesNothing() {
    seed("{\"accounts\": [{\"organizations\": [{\"name\": \"Kept\"}]}]}");
    failure(() -> seed("{\"accounts\": [{\"organizations\": [{\"name\": \"Lost\"}, {\"name\": \"\"}]}]}"));
    assertThat(domain.state().organizations()).extracting(io.github.arizeadmin.fake.state.Organization::name)
        .containsExactly("Default Organization", "Kept");
  }

  @Test
  void theExportSeedsBackToTheSameState() {
    seed("""
        {"accounts": [{"name": "default",
          "users": [{"ref": "jane", "email": "jane@x.io", "role": "MEMBER",
                     "api_keys": [{"name": "ci", "key": "ak-jane0000000000000000000000000000000000"}]},
                    {"ref": "gone", "email": "gone@x.io", "status": "INACTIVE"}],
          "roles": [{"ref": "ds", "name": "DS", "permissions": ["PROJECT_READ"]}],
          "organizations": [{"ref": "acme", "name": "Acme", "members": [{"user": "jane"}],
            "spaces": [{"ref": "alpha", "name": "alpha", "members": [{"user": "jane", "custom_role": "ds"}],
                        "projects": [{"ref": "p", "name": "p", "restricted": true}]}]}],
          "role_bindings": [{"user": "jane", "role": "Read Only", "resource_type": "PROJECT", "resource": "p"}],
          "service_keys": [{"name": "bot", "key": "ak-bot00000000000000000000000000000000000", "created_by": "jane",
            "organizations": [{"org": "acme", "spaces": [{"space": "alpha", "custom_role": "ds"}]}]}]},
         {"name": "other", "users": [{"email": "admin@other.io", "role": "ADMIN"}]}]}
        """);
    // times that differ from creation times: a last use, a role and a binding changed later, a
    // refreshed service key (sharing its bot) whose old key is in its grace period
    clock.advance(java.time.Duration.ofMinutes(5));
    Caller admin = domain.authenticate("Bearer " + KEY);
    domain.authenticate("Bearer ak-jane0000000000000000000000000000000000");
    String ds = domain.state().customRoles().get(0).id();
    domain.roles().update(admin, ds, new RoleService.Update(null, "changed", null));
    String binding = domain.state().user("jane@x.io").orElseThrow().roleBindings().stream()
        .filter(b -> b.resourceType() == RoleBindingResourceType.PROJECT).findFirst().orElseThrow().id();
    domain.roleBindings().update(admin, binding, ds);
    String bot = domain.apiKeys().list(admin, ApiKeyType.SERVICE, null, null,
        domain.state().user("jane@x.io").orElseThrow().user().id(), null, null).items().get(0).id();
    domain.apiKeys().refresh(admin, bot, new ApiKeyService.Refresh(null, 3600));
    clock.advance(java.time.Duration.ofMinutes(5));
    FakeState before = domain.state();
    String exported = SeedJson.export(domain);
    assertThat(exported).doesNotContain("ak-jane0000").contains("key_hash").contains("\"complete\" : true")
        .contains("\"binding_id\"", "\"restricted_at\"", "\"updated_at\"", "\"last_used_at\"", "\"bot_id\"",
            "\"revoke_at_expiry\" : true");

    seed(exported);

    // a complete document replaces the state, with every ID (memberships' too) and time
    assertThat(domain.state()).isEqualTo(before);
    assertThat(SeedJson.export(domain)).isEqualTo(exported);
    assertThat(before.spaces()).extracting(Space::name).containsExactly("Default Space", "alpha");
  }

  @Test
  void aCompleteDocumentReplacesTheFreshAccountAndTheAdminKeyKeepsOpeningIt() {
    seed("""
        {"complete": true, "accounts": [{"name": "default",
          "users": [{"email": "admin@arize-fake.local", "role": "MEMBER"}, {"email": "boss@x.io", "role": "ADMIN"}],
          "organizations": [{"name": "Acme"}]}]}
        """);
    assertThat(domain.state().organizations()).extracting(io.github.arizeadmin.fake.state.Organization::name)
        .containsExactly("Acme");
    Caller admin = domain.authenticate("Bearer " + KEY);
    assertThat(admin.user()).isEqualTo(GlobalId.parse(domain.state().user("boss@x.io").orElseThrow().user().id())
        .number());

    seed("{\"complete\": true, \"accounts\": [{\"users\": [{\"email\": \"admin@arize-fake.local\"}]}]}");
    Caller fresh = domain.authenticate("Bearer " + KEY);
    assertThat(domain.state().users()).extracting(io.github.arizeadmin.fake.state.User::email)
        .containsExactly("admin@arize-fake.local", "admin+2@arize-fake.local");
    assertThat(fresh.user()).isEqualTo(GlobalId.parse(domain.state().user("admin+2@arize-fake.local").orElseThrow()
        .user().id()).number());
  }

  @Test
  void aMembershipIdMustBeOneTheFakeCouldHaveMade() {
    assertThat(failure(() -> seed("""
        {"accounts": [{"users": [{"email": "jane@x.io"}], "organizations": [{"name": "Acme",
          "members": [{"id": "%s", "user": "jane@x.io"}]}]}]}
        """.formatted(GlobalId.of("OrganizationMembership", 9, "toolong")))))
        .startsWith("accounts[0].organizations[0].members[0].id: ");
    assertThat(failure(() -> seed("""
        {"accounts": [{"users": [{"email": "jane@x.io"}], "organizations": [{"name": "Acme",
          "members": [{"id": "%s", "user": "jane@x.io"}]}]}]}
        """.formatted(GlobalId.of("Space", 9, "abcd")))))
        .startsWith("accounts[0].organizations[0].members[0].id: ").contains("is not OrganizationMembership ID");
  }
}
