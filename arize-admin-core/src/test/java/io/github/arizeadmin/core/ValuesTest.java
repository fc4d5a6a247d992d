package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.arizeadmin.api.generated.JSON;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignment;
import io.github.arizeadmin.api.generated.model.UserRoleAssignment;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.AccountRoleName;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.SpaceRoleName;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Features 4 and 11: role unions to and from the wire, values' JSON, and secrets kept out of toString. */
class ValuesTest {
  private static final Instant T = Instant.parse("2026-01-15T09:30:00Z");

  /** The role-ID lookup of roles that carry their ID: none is needed. */
  private static final Function<CustomRole, String> NO_LOOKUP = role -> role.id().orElseThrow();

  private static Object tree(String json) throws IOException {
    return JSON.moshi().adapter(Object.class).fromJson(json);
  }

  @Test
  void spaceRolesRoundTripThroughTheWireDiscriminator() throws IOException {
    var adapter = JSON.moshi().adapter(SpaceRoleAssignment.class);
    for (SpaceRole role : List.of(SpaceRole.ADMIN, SpaceRole.MEMBER, SpaceRole.READ_ONLY, SpaceRole.ANNOTATOR,
        SpaceRole.custom("Um9sZToxOlY0S2E="))) {
      String wire = adapter.toJson(Convert.wire(role, NO_LOOKUP));
      assertThat(tree(wire)).isEqualTo(tree(role.toJson()));
      assertThat(Convert.spaceRole(adapter.fromJson(wire))).isEqualTo(role);
    }
    SpaceRole named = Convert.spaceRole(adapter.fromJson(
        "{\"type\":\"CUSTOM\",\"id\":\"Um9sZToxOlY0S2E=\",\"name\":\"Data Scientist\"}"));
    assertThat(named).isEqualTo(new CustomRole(Optional.of("Um9sZToxOlY0S2E="), Optional.of("Data Scientist")));
    assertThat(named.toString()).isEqualTo("Data Scientist");
    assertThat(tree(adapter.toJson(Convert.wire(named, NO_LOOKUP)))).as("the read-only name is never sent")
        .isEqualTo(tree("{\"type\":\"CUSTOM\",\"id\":\"Um9sZToxOlY0S2E=\"}"));
    assertThat(Convert.spaceRole(adapter.fromJson("{\"type\":\"PREDEFINED\",\"name\":\"OWNER\"}")))
        .isEqualTo(new SpaceRole.Predefined(SpaceRoleName.UNKNOWN));
    assertThatThrownBy(() -> Convert.wire(new SpaceRole.Predefined(SpaceRoleName.UNKNOWN), NO_LOOKUP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void organizationAndAccountRolesRoundTrip() throws IOException {
    var orgAdapter = JSON.moshi().adapter(OrganizationRoleAssignment.class);
    for (OrganizationRole role : List.of(OrganizationRole.READ_ONLY, OrganizationRole.custom("Um9sZToyOmRLMjQ="))) {
      assertThat(Convert.organizationRole(orgAdapter.fromJson(orgAdapter.toJson(Convert.wire(role, NO_LOOKUP)))))
          .isEqualTo(role);
    }
    var accountAdapter = JSON.moshi().adapter(UserRoleAssignment.class);
    for (AccountRole role : List.of(AccountRole.ADMIN, AccountRole.MEMBER, AccountRole.ANNOTATOR,
        AccountRole.custom("Um9sZToyOmRLMjQ="))) {
      String wire = accountAdapter.toJson(Convert.wire(role, NO_LOOKUP));
      assertThat(tree(wire)).isEqualTo(tree(role.toJson()));
      assertThat(Convert.accountRole(accountAdapter.fromJson(wire))).isEqualTo(role);
    }
  }

  @Test
  void predefinedNamesParseTheToolkitAndOldSpellings() {
    assertThat(SpaceRole.predefined("readOnly")).isEqualTo(SpaceRole.READ_ONLY);
    assertThat(SpaceRole.predefined("read-only")).isEqualTo(SpaceRole.READ_ONLY);
    assertThat(SpaceRole.predefined("READ_ONLY")).isEqualTo(SpaceRole.READ_ONLY);
    assertThat(OrganizationRole.predefined("admin")).isEqualTo(OrganizationRole.ADMIN);
    assertThat(SpaceRole.predefined(" annotator ")).isEqualTo(SpaceRole.ANNOTATOR);
    assertThatThrownBy(() -> SpaceRole.predefined("owner")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpaceRole.predefined("unknown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unionsAreSealedWithTheirPredefinedRecordAndTheSharedCustomRole() {
    assertThat(SpaceRole.class.isSealed()).isTrue();
    assertThat(SpaceRole.class.getPermittedSubclasses()).containsExactly(SpaceRole.Predefined.class, CustomRole.class);
    assertThat(OrganizationRole.class.getPermittedSubclasses())
        .containsExactly(OrganizationRole.Predefined.class, CustomRole.class);
    assertThat(AccountRole.class.getPermittedSubclasses()).containsExactly(AccountRole.Predefined.class, CustomRole.class);
    assertThat(CustomRole.class.isRecord()).isTrue();
    assertThat(AccountRoleName.values()).extracting(Enum::name).containsExactly("ADMIN", "MEMBER", "ANNOTATOR", "UNKNOWN");
  }

  @Test
  void valuesWriteTheWiresJson() {
    assertThat(new Organization("T3JnYW5pemF0aW9uOjE=", "Acme \"Labs\"", "", T).toJson())
        .isEqualTo("{\"id\":\"T3JnYW5pemF0aW9uOjE=\",\"name\":\"Acme \\\"Labs\\\"\",\"description\":\"\","
            + "\"created_at\":\"2026-01-15T09:30:00Z\"}");
    User jane = new User("VXNlcjox", "Jane", "jane@example.com", T, UserStatus.ACTIVE, AccountRole.MEMBER, true);
    assertThat(jane.toJson()).isEqualTo("{\"id\":\"VXNlcjox\",\"name\":\"Jane\",\"email\":\"jane@example.com\","
        + "\"created_at\":\"2026-01-15T09:30:00Z\",\"status\":\"ACTIVE\",\"role\":{\"type\":\"PREDEFINED\","
        + "\"name\":\"MEMBER\"},\"is_developer\":true}");
    Role role = new Role("Um9sZTox", "DS", null, List.of(Permission.PROJECT_READ), false, T, T);
    assertThat(role.toJson()).contains("\"permissions\":[\"PROJECT_READ\"]").doesNotContain("description");
    assertThat(Permission.values()).hasSize(133);
  }

  @Test
  void jsonIsWrittenByMoshiSoAnyTextStaysValidJson() throws IOException {
    String awkward = "line\nbreak \u2028 tab\t quote\" backslash\\ control\u0001";
    Organization organization = new Organization("T3JnYW5pemF0aW9uOjE=", awkward, awkward, T);

    assertThat(tree(organization.toJson())).isEqualTo(java.util.Map.of("id", "T3JnYW5pemF0aW9uOjE=", "name", awkward,
        "description", awkward, "created_at", "2026-01-15T09:30:00Z"));
    assertThat(tree(CustomRole.byName("Data \"Scientist\"").toJson()))
        .isEqualTo(java.util.Map.of("type", "CUSTOM", "name", "Data \"Scientist\""));
  }

  @Test
  void secretsStayOutOfToStringButNotOutOfToJson() {
    User jane = new User("VXNlcjox", "Jane", "jane@example.com", T, UserStatus.INVITED, AccountRole.MEMBER, true);
    CreatedUser created = new CreatedUser(jane, true, Optional.of(InviteMode.TEMPORARY_PASSWORD), Optional.of("Tmp-Secret-1"));
    assertThat(created.toString()).doesNotContain("Tmp-Secret-1").contains("temporaryPassword=Optional[***]");
    assertThat(created.toJson()).endsWith(",\"invite_mode\":\"TEMPORARY_PASSWORD\",\"temporary_password\":\"Tmp-Secret-1\"}");
    assertThat(new CreatedUser(jane, false, Optional.empty(), Optional.empty()).toJson()).isEqualTo(jane.toJson());

    ApiKey meta = new ApiKey("QXBpS2V5OjE=", "ci", Optional.empty(), ApiKeyType.USER, ApiKeyStatus.ACTIVE, "ak-abc...xyz",
        T, Optional.empty(), "VXNlcjox", Optional.empty());
    CreatedApiKey key = new CreatedApiKey(meta, "ak-rawsecretvalue", Optional.empty());
    assertThat(key.toString()).doesNotContain("ak-rawsecretvalue");
    assertThat(key.toJson()).contains("\"key\":\"ak-rawsecretvalue\"").contains("\"redacted_key\":\"ak-abc...xyz\"")
        .doesNotContain("expires_at");
  }
}
