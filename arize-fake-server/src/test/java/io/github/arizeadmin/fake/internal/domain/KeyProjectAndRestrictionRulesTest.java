package io.github.arizeadmin.fake.internal.domain;

import static io.github.arizeadmin.fake.internal.domain.World.fails;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.fake.state.ApiKey;
import io.github.arizeadmin.fake.state.ApiKeyStatus;
import io.github.arizeadmin.fake.state.ApiKeyType;
import io.github.arizeadmin.fake.state.Organization;
import io.github.arizeadmin.fake.state.OrganizationRole;
import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Project;
import io.github.arizeadmin.fake.state.Role;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import io.github.arizeadmin.fake.state.Space;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserSpaceRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rules of API keys, projects and restrictions, as plain unit tests of the domain. */
class KeyProjectAndRestrictionRulesTest {
  private final World w = new World();

  private ApiKeyService.CreatedKey serviceKey(Caller caller, Space space, UserSpaceRole role) {
    return w.d.apiKeys().create(caller, new ApiKeyService.Create("bot", null, ApiKeyType.SERVICE, null, null,
        List.of(new ApiKeyService.OrganizationScope(space.organizationId(), null,
            List.of(new ApiKeyService.SpaceScope(space.id(), role == null ? null : RoleInput.predefined(role)))))));
  }

  @Test
  @Tag("R-KEY-ONCE")
  @Tag("R-KEY-EXPIRY")
  void aRawKeyIsShownOnceAndAuthenticatesUntilRevokedOrExpired() {
    var created = w.d.apiKeys().create(w.admin, new ApiKeyService.Create("ci", null, ApiKeyType.USER,
        World.T0.plus(Duration.ofHours(1)), null, null));
    assertThat(created.rawKey()).matches("ak-[a-z0-9]{40}");
    assertThat(created.key().redactedKey()).isEqualTo("ak-" + created.rawKey().substring(3, 6) + "..."
        + created.rawKey().substring(40));
    Caller caller = w.d.authenticate("Bearer " + created.rawKey());
    assertThat(w.d.apiKeys().list(w.admin, null, null, null, null, null, null).items())
        .filteredOn(k -> k.id().equals(created.key().id())).singleElement()
        .satisfies(k -> assertThat(k.lastUsedAt()).isEqualTo(World.T0));
    assertThat(caller.serviceKey()).isFalse();
    w.clock.advance(Duration.ofHours(2));
    fails(401, () -> w.d.authenticate("Bearer " + created.rawKey()));
    fails(422, () -> w.d.apiKeys().create(w.admin, new ApiKeyService.Create("old", null, ApiKeyType.USER,
        World.T0, null, null)));
  }

  @Test
  @Tag("R-KEY-LIST-DEFAULT")
  void listsDefaultToActiveUserKeysOfTheCaller() {
    var kept = w.userKey(w.admin, "kept");
    var revoked = w.userKey(w.admin, "revoked");
    w.d.apiKeys().revoke(w.admin, revoked.key().id());
    w.d.apiKeys().revoke(w.admin, revoked.key().id());
    assertThat(w.d.apiKeys().list(w.admin, null, null, null, null, null, null).items()).extracting(ApiKey::name)
        .contains("kept").doesNotContain("revoked");
    assertThat(w.d.apiKeys().list(w.admin, null, ApiKeyStatus.REVOKED, null, null, null, null).items())
        .extracting(ApiKey::id).containsExactly(revoked.key().id());
    assertThat(kept.bot()).isNull();
  }

  @Test
  @Tag("R-KEY-SVC-SCOPE")
  void aServiceKeyMakesABotWithMembershipsWithinTheCallersRights() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    Space beta = w.space(w.org("Other"), "beta");
    var created = serviceKey(w.admin, alpha, null);
    assertThat(created.bot().accountRole()).isEqualTo(UserRole.MEMBER);
    assertThat(created.bot().organizations()).singleElement().satisfies(o -> {
      assertThat(o.role()).isEqualTo(OrganizationRole.READ_ONLY);
      assertThat(o.spaces()).singleElement().satisfies(sp -> assertThat(sp.spaceId()).isEqualTo(alpha.id()));
    });
    assertThat(w.d.state().users()).extracting(User::name).doesNotContain("bot");
    assertThat(w.d.authenticate("Bearer " + created.rawKey()).serviceKey()).isTrue();
    fails(422, () -> serviceKey(w.admin, alpha, UserSpaceRole.ANNOTATOR));
    fails(400, () -> w.d.apiKeys().create(w.admin, new ApiKeyService.Create("bot", null, ApiKeyType.SERVICE, null,
        null, List.of(new ApiKeyService.OrganizationScope(acme.id(), null,
            List.of(new ApiKeyService.SpaceScope(beta.id(), null)))))));
    User member = w.user("m@x.io", UserRole.MEMBER);
    w.join(acme, member, OrganizationRole.MEMBER);
    w.join(alpha, member, UserSpaceRole.MEMBER);
    fails(422, () -> serviceKey(w.as(member), alpha, UserSpaceRole.ADMIN));
  }

  @Test
  void deletingTheLastSpaceOfAServiceKeyRevokesIt() {
    Space alpha = w.space(w.org("Acme"), "alpha");
    var created = serviceKey(w.admin, alpha, null);
    w.d.spaces().delete(w.admin, alpha.id());
    fails(401, () -> w.d.authenticate("Bearer " + created.rawKey()));
  }

  private ApiKeyService.CreatedKey serviceKey(Space space, Role custom, Space alsoIn) {
    List<ApiKeyService.SpaceScope> spaces = new java.util.ArrayList<>(List.of(
        new ApiKeyService.SpaceScope(space.id(), RoleInput.custom(custom.id()))));
    if (alsoIn != null) {
      spaces.add(new ApiKeyService.SpaceScope(alsoIn.id(), null));
    }
    return w.d.apiKeys().create(w.admin, new ApiKeyService.Create("bot", null, ApiKeyType.SERVICE, null, null,
        List.of(new ApiKeyService.OrganizationScope(space.organizationId(), null, spaces))));
  }

  private List<String> serviceKeysOf(Space space, ApiKeyStatus status) {
    return w.d.apiKeys().list(w.admin, null, status, space.id(), null, null, null).items().stream()
        .map(ApiKey::id).toList();
  }

  @Test
  void aBotThatLosesItsCustomSpaceRoleLeavesTheSpaceAndAKeyLeftWithoutSpacesIsRevoked() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    Space beta = w.space(acme, "beta");
    Role reader = w.role("Reader", Permission.PROJECT_READ);
    var twoSpaces = serviceKey(alpha, reader, beta);
    var oneSpace = serviceKey(alpha, reader, null);
    // a refreshed key acts as the same bot: both the new key and the old one (in its grace period) leave
    var refreshed = w.d.apiKeys().refresh(w.admin, oneSpace.key().id(), new ApiKeyService.Refresh(null, 3600));
    assertThat(serviceKeysOf(alpha, null)).containsExactly(twoSpaces.key().id(), oneSpace.key().id(),
        refreshed.key().id());

    w.d.roles().delete(w.admin, reader.id());

    assertThat(serviceKeysOf(alpha, null)).isEmpty();
    assertThat(serviceKeysOf(alpha, ApiKeyStatus.REVOKED)).isEmpty();
    assertThat(serviceKeysOf(beta, null)).containsExactly(twoSpaces.key().id());
    w.d.authenticate("Bearer " + twoSpaces.rawKey());
    fails(401, () -> w.d.authenticate("Bearer " + oneSpace.rawKey()));
    fails(401, () -> w.d.authenticate("Bearer " + refreshed.rawKey()));
    assertThat(w.d.apiKeys().list(w.admin, ApiKeyType.SERVICE, ApiKeyStatus.REVOKED, null, null, null, null).items())
        .extracting(ApiKey::id).containsExactly(oneSpace.key().id(), refreshed.key().id());
  }

  @Test
  void deletingTheBindingThatHoldsABotsCustomSpaceRoleTakesTheSpaceFromItsKey() {
    Space alpha = w.space(w.org("Acme"), "alpha");
    Role reader = w.role("Reader", Permission.PROJECT_READ);
    var key = serviceKey(alpha, reader, null);
    var held = w.d.roleBindings().list(w.admin, RoleBindingResourceType.SPACE, null, null, null).items().stream()
        .filter(b -> b.userId().equals(key.bot().id())).findFirst().orElseThrow();

    w.d.roleBindings().delete(w.admin, held.id());

    assertThat(serviceKeysOf(alpha, null)).isEmpty();
    fails(401, () -> w.d.authenticate("Bearer " + key.rawKey()));
    assertThat(w.d.roles().get(w.admin, reader.id()).name()).isEqualTo("Reader");
  }

  @Test
  @Tag("R-KEY-REFRESH-ID")
  @Tag("R-KEY-REFRESH-ATOMIC")
  @Tag("R-KEY-GRACE")
  void refreshGivesANewKeyAndTheOldOneEndsAtOnceOrAfterItsGracePeriod() {
    var old = w.userKey(w.admin, "ci");
    var fresh = w.d.apiKeys().refresh(w.admin, old.key().id(), new ApiKeyService.Refresh(null, 60));
    assertThat(fresh.key().id()).isNotEqualTo(old.key().id());
    assertThat(fresh.bot()).isNull();
    w.d.authenticate("Bearer " + old.rawKey());
    w.clock.advance(Duration.ofSeconds(61));
    fails(401, () -> w.d.authenticate("Bearer " + old.rawKey()));
    var third = w.d.apiKeys().refresh(w.admin, fresh.key().id(), new ApiKeyService.Refresh(null, null));
    fails(401, () -> w.d.authenticate("Bearer " + fresh.rawKey()));
    w.d.authenticate("Bearer " + third.rawKey());
    fails(400, () -> w.d.apiKeys().refresh(w.admin, old.key().id(), new ApiKeyService.Refresh(null, null)));
  }

  @Test
  @Tag("R-KEY-REFRESH-EXPIRY")
  void anExpiringKeyRefreshesToNoLaterExpiry() {
    var expiring = w.d.apiKeys().create(w.admin, new ApiKeyService.Create("ci", null, ApiKeyType.USER,
        World.T0.plus(Duration.ofDays(1)), null, null));
    fails(422, () -> w.d.apiKeys().refresh(w.admin, expiring.key().id(), new ApiKeyService.Refresh(null, null)));
    fails(422, () -> w.d.apiKeys().refresh(w.admin, expiring.key().id(),
        new ApiKeyService.Refresh(World.T0.plus(Duration.ofDays(2)), null)));
    w.d.apiKeys().refresh(w.admin, expiring.key().id(), new ApiKeyService.Refresh(World.T0.plus(Duration.ofHours(1)),
        null));
  }

  @Test
  void aServiceKeyNamesAtLeastOneOrganizationEachWithAtLeastOneOfItsOwnSpaces() {
    // Over HTTP request validation refuses the empty lists first; the domain must hold the rules on its own.
    Space alpha = w.space(w.org("Acme"), "alpha");
    Space other = w.space(w.org("Other"), "other");
    ApiKeyService.Create none = new ApiKeyService.Create("bot", null, ApiKeyType.SERVICE, null, null, List.of());
    assertThat(fails(400, () -> w.d.apiKeys().create(w.admin, none)).getMessage()).contains("organizations");
    ApiKeyService.Create noSpace = new ApiKeyService.Create("bot", null, ApiKeyType.SERVICE, null, null,
        List.of(new ApiKeyService.OrganizationScope(alpha.organizationId(), null, List.of())));
    assertThat(fails(400, () -> w.d.apiKeys().create(w.admin, noSpace)).getMessage()).contains("spaces");
    ApiKeyService.Create foreignSpace = new ApiKeyService.Create("bot", null, ApiKeyType.SERVICE, null, null,
        List.of(new ApiKeyService.OrganizationScope(alpha.organizationId(), null,
            List.of(new ApiKeyService.SpaceScope(other.id(), null)))));
    assertThat(fails(400, () -> w.d.apiKeys().create(w.admin, foreignSpace)).getMessage())
        .contains("does not belong to organization");

    assertThat(w.d.apiKeys().list(w.admin, ApiKeyType.SERVICE, null, null, null, null, null).items())
        .as("no key issued by a refused request").isEmpty();
    serviceKey(w.admin, alpha, null);
  }

  @Test
  void theDomainItselfBoundsTheGracePeriodToOneDayAndARefusalChangesNothing() {
    // Over HTTP request validation refuses these first; the domain must hold the rule on its own.
    var key = w.userKey(w.admin, "ci");
    List<String> before = w.d.apiKeys().list(w.admin, ApiKeyType.USER, null, null, null, null, null).items().stream()
        .map(ApiKey::id).toList();
    var tooLong = fails(400, () -> w.d.apiKeys().refresh(w.admin, key.key().id(), new ApiKeyService.Refresh(null, 86401)));
    assertThat(tooLong.getMessage()).contains("grace_period_seconds");
    fails(400, () -> w.d.apiKeys().refresh(w.admin, key.key().id(), new ApiKeyService.Refresh(null, -1)));
    w.d.authenticate("Bearer " + key.rawKey());
    assertThat(w.d.apiKeys().list(w.admin, ApiKeyType.USER, null, null, null, null, null).items())
        .extracting(ApiKey::id).as("no key issued by a refused refresh").isEqualTo(before);

    var fresh = w.d.apiKeys().refresh(w.admin, key.key().id(), new ApiKeyService.Refresh(null, 86400));
    w.clock.advance(Duration.ofSeconds(86399));
    w.d.authenticate("Bearer " + key.rawKey());
    w.clock.advance(Duration.ofSeconds(1));
    fails(401, () -> w.d.authenticate("Bearer " + key.rawKey()));
    w.d.authenticate("Bearer " + fresh.rawKey());
  }

  @Test
  void aGracePeriodNeverOutlivesTheOldKeysOwnExpiry() {
    var expiring = w.d.apiKeys().create(w.admin, new ApiKeyService.Create("ci", null, ApiKeyType.USER,
        World.T0.plus(Duration.ofMinutes(10)), null, null));
    w.d.apiKeys().refresh(w.admin, expiring.key().id(),
        new ApiKeyService.Refresh(World.T0.plus(Duration.ofMinutes(5)), 3600));
    w.clock.advance(Duration.ofMinutes(9));
    w.d.authenticate("Bearer " + expiring.rawKey());
    w.clock.advance(Duration.ofMinutes(1));
    fails(401, () -> w.d.authenticate("Bearer " + expiring.rawKey()));
  }

  @Test
  @Tag("R-KEY-REVOKE-ENUM")
  void revokingSomeoneElsesKeyIsA404ForNonAdmins() {
    User dev = w.user("dev@x.io", UserRole.MEMBER);
    var adminKey = w.userKey(w.admin, "mine");
    fails(404, () -> w.d.apiKeys().revoke(w.as(dev), adminKey.key().id()));
  }

  @Test
  @Tag("R-UNIQ-PROJECT")
  void projectNamesAreUniqueInTheSpaceAndAMissingSpaceIsA400() {
    Space alpha = w.space(w.org("Acme"), "alpha");
    Project p = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "fraud"));
    fails(409, () -> w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "fraud")));
    Project q = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "churn"));
    fails(400, () -> w.d.projects().update(w.admin, q.id(), "fraud"));
    fails(400, () -> w.d.projects().create(w.admin, new ProjectService.Create(
        GlobalId.of(GlobalId.SPACE, 999, "zzzz"), "x")));
    assertThat(w.d.projects().list(w.admin, null, "ALPH", "FRA", null, null).items()).containsExactly(p);
  }

  @Test
  @Tag("R-RR-MEANING")
  void aRestrictedProjectIgnoresSpaceRolesUntilUnrestricted() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    Project p = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "fraud"));
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    w.join(alpha, jane, UserSpaceRole.MEMBER);
    w.d.projects().get(w.as(jane), p.id());
    var first = w.d.restrictions().restrict(w.admin, p.id());
    assertThat(w.d.restrictions().restrict(w.admin, p.id())).isEqualTo(first);
    fails(403, () -> w.d.projects().get(w.as(jane), p.id()));
    assertThat(w.d.projects().list(w.as(jane), null, null, null, null, null).items()).isEmpty();
    Role reader = w.role("Reader", Permission.PROJECT_READ);
    w.d.roleBindings().create(w.admin, new RoleBindingService.Create(reader.id(), jane.id(),
        RoleBindingResourceType.PROJECT, p.id()));
    w.d.projects().get(w.as(jane), p.id());
    w.d.restrictions().unrestrict(w.admin, p.id());
    fails(404, () -> w.d.restrictions().unrestrict(w.admin, p.id()));
    fails(400, () -> w.d.restrictions().restrict(w.admin, alpha.id()));
  }

  @Test
  @Tag("R-RR-PAGING")
  void restrictionsAreListedOnlyToThoseWhoManageThem() {
    Organization acme = w.org("Acme");
    Space alpha = w.space(acme, "alpha");
    Project p = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "fraud"));
    w.d.restrictions().restrict(w.admin, p.id());
    User jane = w.user("jane@x.io", UserRole.MEMBER);
    w.join(acme, jane, OrganizationRole.MEMBER);
    w.join(alpha, jane, UserSpaceRole.MEMBER);
    assertThat(w.d.restrictions().list(w.as(jane), null, null).items()).isEmpty();
    assertThat(w.d.restrictions().list(w.admin, null, null).items()).hasSize(1);
  }

  @Test
  @Tag("R-PROJECT-DEL")
  void deletingAProjectTakesItsBindingsAndRestriction() {
    Space alpha = w.space(w.org("Acme"), "alpha");
    Project p = w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "fraud"));
    w.d.restrictions().restrict(w.admin, p.id());
    w.d.projects().delete(w.admin, p.id());
    assertThat(w.d.restrictions().list(w.admin, null, null).items()).isEmpty();
    assertThat(w.d.projects().create(w.admin, new ProjectService.Create(alpha.id(), "fraud")).name())
        .isEqualTo("fraud");
  }
}
