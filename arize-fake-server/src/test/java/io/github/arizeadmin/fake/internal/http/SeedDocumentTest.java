package io.github.arizeadmin.fake.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.fake.internal.domain.AdjustableClock;
import io.github.arizeadmin.fake.internal.domain.Domain;
import io.github.arizeadmin.fake.internal.domain.Ids;
import io.github.arizeadmin.fake.internal.domain.SeedException;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.FakeState;
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
  private final Domain domain = new Domain(Store.inMemory(),
      new AdjustableClock(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)), new Ids(3L));

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
            "organizations": [{"org": "acme", "spaces": [{"space": "alpha"}]}]}]},
         {"name": "other", "users": [{"email": "admin@other.io", "role": "ADMIN"}]}]}
        """);
    FakeState before = domain.state();
    String exported = SeedJson.export(domain);
    assertThat(exported).doesNotContain("ak-jane0000").contains("key_hash");
    seed(exported);
    FakeState after = domain.state();
    // memberships have no ID in the seed format (so they get new ones); everything else is the same
    assertThat(after.users()).isEqualTo(before.users());
    assertThat(after.organizations()).isEqualTo(before.organizations());
    assertThat(after.spaces()).isEqualTo(before.spaces());
    assertThat(after.projects()).isEqualTo(before.projects());
    assertThat(after.customRoles()).isEqualTo(before.customRoles());
    assertThat(after.user("jane@x.io").orElseThrow().apiKeys())
        .isEqualTo(before.user("jane@x.io").orElseThrow().apiKeys());
    assertThat(SeedJson.export(domain)).isEqualTo(exported);
    assertThat(before.spaces()).extracting(Space::name).containsExactly("Default Space", "alpha");
  }
}
