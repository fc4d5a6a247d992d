package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.ServiceKeyBotUser;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMemberRemoval;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every value writes the wire's JSON (snake_case names, roles as their assignment objects, nested
 * values as objects), keeps secrets out of {@code toString}, and refuses blank names where a name is
 * the whole identity.
 */
class ModelJsonAndChecksTest {
  private static final Instant T = Instant.parse("2026-01-15T09:30:00Z");
  private static final String AT = "\"2026-01-15T09:30:00Z\"";
  private static final String MEMBER = "{\"type\":\"PREDEFINED\",\"name\":\"MEMBER\"}";
  private static final String READ_ONLY = "{\"type\":\"PREDEFINED\",\"name\":\"READ_ONLY\"}";
  private static final String ADMIN = "{\"type\":\"PREDEFINED\",\"name\":\"ADMIN\"}";

  @Test
  void resourcesWriteTheWiresJson() {
    assertThat(new Project("p1", "fraud", "s1", T).toJson())
        .isEqualTo("{\"id\":\"p1\",\"name\":\"fraud\",\"space_id\":\"s1\",\"created_at\":" + AT + "}");
    assertThat(new Space("s1", "alpha", null, T).toJson())
        .isEqualTo("{\"id\":\"s1\",\"name\":\"alpha\",\"description\":\"\",\"created_at\":" + AT + "}");
    assertThat(new Organization("o1", "Acme", null, T).description()).as("absent is empty").isEmpty();
    assertThat(new Organization("o1", "Acme", "labs", T).description()).isEqualTo("labs");
    assertThat(new RoleBinding("b1", "r1", "u1", ResourceType.SPACE, "s1", T, T).toJson())
        .isEqualTo("{\"id\":\"b1\",\"role_id\":\"r1\",\"user_id\":\"u1\",\"resource_type\":\"SPACE\",\"resource_id\":\"s1\","
            + "\"created_at\":" + AT + ",\"updated_at\":" + AT + "}");
    assertThat(new ResourceRestriction(ResourceType.PROJECT, "p1", T).toJson())
        .isEqualTo("{\"resource_type\":\"PROJECT\",\"resource_id\":\"p1\",\"created_at\":" + AT + "}");
  }

  @Test
  void membershipsWriteTheirRoleAsTheAssignmentObject() {
    assertThat(new SpaceMembership("m1", "u1", "s1", SpaceRole.MEMBER).toJson())
        .isEqualTo("{\"id\":\"m1\",\"user_id\":\"u1\",\"space_id\":\"s1\",\"role\":" + MEMBER + "}");
    assertThat(new OrganizationMembership("m2", "u1", "o1", OrganizationRole.READ_ONLY).toJson())
        .isEqualTo("{\"id\":\"m2\",\"user_id\":\"u1\",\"organization_id\":\"o1\",\"role\":" + READ_ONLY + "}");
    assertThat(OrganizationRole.READ_ONLY.toJson()).isEqualTo(READ_ONLY);
    assertThat(new SpaceMemberRemoval("s1", "alpha").toJson()).isEqualTo("{\"space_id\":\"s1\",\"space_name\":\"alpha\"}");
    assertThat(AccountRole.MEMBER.toString()).isEqualTo("MEMBER");
  }

  @Test
  void keysAndTheirBotsWriteTheWiresJsonAndHideTheSecretFromToString() {
    ApiKey key = new ApiKey("k1", "svc", Optional.of("nightly"), ApiKeyType.SERVICE, ApiKeyStatus.ACTIVE, "ak-...wxyz", T,
        Optional.of(T), "u1", Optional.of(T));
    String keyJson = "\"id\":\"k1\",\"name\":\"svc\",\"description\":\"nightly\",\"key_type\":\"SERVICE\",\"status\":\"ACTIVE\","
        + "\"redacted_key\":\"ak-...wxyz\",\"created_at\":" + AT + ",\"expires_at\":" + AT + ",\"created_by_user_id\":\"u1\","
        + "\"last_used_at\":" + AT;
    assertThat(key.toJson()).isEqualTo("{" + keyJson + "}");

    ServiceKeyBotUser.SpaceAccess space = new ServiceKeyBotUser.SpaceAccess("s1", SpaceRole.ADMIN);
    ServiceKeyBotUser.OrganizationAccess org = new ServiceKeyBotUser.OrganizationAccess("o1", OrganizationRole.READ_ONLY,
        List.of(space));
    ServiceKeyBotUser bot = new ServiceKeyBotUser("b1", "svc", AccountRole.MEMBER, List.of(org));
    String spaceJson = "{\"space_id\":\"s1\",\"role\":" + ADMIN + "}";
    String orgJson = "{\"org_id\":\"o1\",\"role\":" + READ_ONLY + ",\"spaces\":[" + spaceJson + "]}";
    String botJson = "{\"id\":\"b1\",\"name\":\"svc\",\"account_role\":" + MEMBER + ",\"organizations\":[" + orgJson + "]}";
    assertThat(space.toJson()).isEqualTo(spaceJson);
    assertThat(org.toJson()).isEqualTo(orgJson);
    assertThat(bot.toJson()).isEqualTo(botJson);

    CreatedApiKey created = new CreatedApiKey(key, "ak-rawsecret0123456789", Optional.of(bot));
    assertThat(created.toJson()).isEqualTo("{" + keyJson + ",\"key\":\"ak-rawsecret0123456789\",\"bot_user\":" + botJson + "}");
    assertThat(created.toString()).doesNotContain("ak-rawsecret0123456789").contains("key=***");
  }

  @Test
  void serviceKeyScopesWriteWhatTheyName() {
    assertThat(ServiceKeySpace.of("alpha", SpaceRole.ADMIN).toJson()).isEqualTo("{\"space\":\"alpha\",\"role\":" + ADMIN + "}");
    assertThat(ServiceKeyOrganization.of("Acme", OrganizationRole.READ_ONLY, ServiceKeySpace.of("alpha", SpaceRole.MEMBER))
        .toJson()).isEqualTo("{\"organization\":\"Acme\",\"role\":" + READ_ONLY + ",\"spaces\":[{\"space\":\"alpha\","
            + "\"role\":" + MEMBER + "}]}");
    for (String blank : new String[] {null, " "}) {
      assertThatThrownBy(() -> ServiceKeyOrganization.of(blank, ServiceKeySpace.of("alpha")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void customRolesAreEqualByIdElseByNameAndNeverBlank() {
    assertThat(CustomRole.byId("r1")).isEqualTo(CustomRole.byId("r1")).hasSameHashCodeAs(CustomRole.byId("r1"))
        .isNotEqualTo(CustomRole.byId("r2")).isNotEqualTo(CustomRole.byName("r1"));
    assertThat(CustomRole.byName("Reader")).isEqualTo(CustomRole.byName("Reader")).isNotEqualTo(CustomRole.byName("Writer"));
    assertThat(CustomRole.byName("Reader").hashCode()).isNotEqualTo(CustomRole.byName("Writer").hashCode());
    assertThatThrownBy(() -> CustomRole.byName(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomRole(Optional.of(" "), Optional.of("Reader")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CustomRole(Optional.of("r1"), Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWrongPredefinedNameListsTheNamesThatExist() {
    assertThatThrownBy(() -> SpaceRole.predefined("boss")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a predefined role: 'boss' (expected one of [ADMIN, MEMBER, READ_ONLY, ANNOTATOR])");
  }
}
