package io.github.arizeadmin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.arizeadmin.api.generated.JSON;
import io.github.arizeadmin.api.generated.model.AddSpaceUserRequest;
import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.CustomUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationCustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationPredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRole;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.PredefinedUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.User;
import io.github.arizeadmin.api.generated.model.UserApiKeyCreated;
import io.github.arizeadmin.api.generated.model.UserRole;
import io.github.arizeadmin.api.generated.model.UserRoleAssignment;
import io.github.arizeadmin.api.generated.model.UserSpaceRole;
import io.github.arizeadmin.api.generated.model.UserStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The discriminated unions, unknown enum values and timestamps through the generated Moshi setup. */
class RoleUnionsTest {
  private static final Moshi MOSHI = JSON.moshi();

  @ParameterizedTest
  @ValueSource(strings = {"UserRoleAssignment", "OrganizationRoleAssignment", "SpaceRoleAssignment"})
  void predefinedAndCustomAssignmentsRoundTripAtEveryLevel(String union) throws Exception {
    JsonAdapter<Object> adapter = MOSHI.adapter((java.lang.reflect.Type) Class.forName("io.github.arizeadmin.api.generated.model." + union));
    String predefined = "{\"type\":\"PREDEFINED\",\"name\":\"ANNOTATOR\"}";
    String custom = "{\"type\":\"CUSTOM\",\"id\":\"Um9sZToxOlY0S2E=\",\"name\":\"Data Scientist\"}";

    Object decodedPredefined = adapter.fromJson(predefined);
    Object decodedCustom = adapter.fromJson(custom);

    assertThat(decodedPredefined.getClass().getSimpleName()).contains("Predefined");
    assertThat(decodedCustom.getClass().getSimpleName()).contains("Custom");
    assertThat(tree(adapter.toJson(decodedPredefined))).isEqualTo(tree(predefined));
    assertThat(tree(adapter.toJson(decodedCustom))).isEqualTo(tree(custom));
  }

  @Test
  void spaceRoleVariantsAreTypedAndCarryTheirDiscriminatorOnce() throws Exception {
    JsonAdapter<SpaceRoleAssignment> adapter = MOSHI.adapter(SpaceRoleAssignment.class);

    SpaceRoleAssignment role = adapter.fromJson("{\"name\":\"READ_ONLY\",\"type\":\"PREDEFINED\"}");

    assertThat(role).isInstanceOfSatisfying(PredefinedRoleAssignment.class, p -> {
      assertThat(p.getType()).isEqualTo(SpaceRoleAssignmentType.PREDEFINED);
      assertThat(p.getName()).isEqualTo(UserSpaceRole.READ_ONLY);
    });
    String encoded = MOSHI.adapter(AddSpaceUserRequest.class).toJson(new AddSpaceUserRequest().userId("VXNlcjo0MjphQmNE")
        .role(new CustomRoleAssignment().type(SpaceRoleAssignmentType.CUSTOM).id("Um9sZToxOlY0S2E=")));
    assertThat(tree(encoded))
        .isEqualTo(tree("{\"user_id\":\"VXNlcjo0MjphQmNE\",\"role\":{\"type\":\"CUSTOM\",\"id\":\"Um9sZToxOlY0S2E=\"}}"));
    assertThat(encoded).containsOnlyOnce("\"type\"");
  }

  @Test
  void organizationAndAccountVariantsDecodeByType() throws Exception {
    OrganizationRoleAssignment org = MOSHI.adapter(OrganizationRoleAssignment.class)
        .fromJson("{\"type\":\"CUSTOM\",\"id\":\"Um9sZToyOmRLMjQ=\"}");
    UserRoleAssignment account = MOSHI.adapter(UserRoleAssignment.class)
        .fromJson("{\"type\":\"PREDEFINED\",\"name\":\"ADMIN\"}");

    assertThat(org).isInstanceOfSatisfying(OrganizationCustomRoleAssignment.class, c -> {
      assertThat(c.getType()).isEqualTo(OrganizationRoleAssignmentType.CUSTOM);
      assertThat(c.getId()).isEqualTo("Um9sZToyOmRLMjQ=");
      assertThat(c.getName()).isNull();
    });
    assertThat(account).isInstanceOfSatisfying(PredefinedUserRoleAssignment.class,
        p -> assertThat(p.getName()).isEqualTo(UserRole.ADMIN));
    assertThat(tree(MOSHI.adapter(OrganizationRoleAssignment.class).toJson(
        new OrganizationPredefinedRoleAssignment().type(OrganizationRoleAssignmentType.PREDEFINED).name(OrganizationRole.READ_ONLY))))
        .isEqualTo(tree("{\"type\":\"PREDEFINED\",\"name\":\"READ_ONLY\"}"));
    assertThat(MOSHI.adapter(UserRoleAssignment.class).fromJson("{\"type\":\"CUSTOM\",\"id\":\"x\"}"))
        .isInstanceOf(CustomUserRoleAssignment.class);
  }

  @Test
  void apiKeyRequestsAndResponsesDecodeByKeyType() throws Exception {
    CreateApiKeyRequest service = MOSHI.adapter(CreateApiKeyRequest.class).fromJson(
        "{\"key_type\":\"SERVICE\",\"name\":\"svc\",\"organizations\":[{\"org_id\":\"o\",\"spaces\":[{\"space_id\":\"s\"}]}]}");
    CreateApiKeyRequest user = MOSHI.adapter(CreateApiKeyRequest.class).fromJson("{\"key_type\":\"USER\",\"name\":\"ci\"}");

    assertThat(service).isInstanceOfSatisfying(CreateServiceApiKeyRequest.class,
        s -> assertThat(s.getOrganizations().get(0).getSpaces().get(0).getSpaceId()).isEqualTo("s"));
    assertThat(user).isInstanceOfSatisfying(CreateUserApiKeyRequest.class,
        u -> assertThat(u.getKeyType()).isEqualTo(ApiKeyType.USER));
  }

  @Test
  void unknownEnumValuesFallBackInsteadOfFailing() throws Exception {
    User user = MOSHI.adapter(User.class).fromJson("{\"id\":\"u\",\"name\":\"n\",\"email\":\"e@x.io\","
        + "\"created_at\":\"2026-01-15T09:30:00Z\",\"status\":\"SUSPENDED\","
        + "\"role\":{\"type\":\"PREDEFINED\",\"name\":\"OWNER\"},\"is_developer\":false}");

    assertThat(user.getStatus()).isEqualTo(UserStatus.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(((PredefinedUserRoleAssignment) user.getRole()).getName()).isEqualTo(UserRole.UNKNOWN_DEFAULT_OPEN_API);
  }

  @Test
  void anUnknownDiscriminatorIsAClearDecodingError() {
    assertThatThrownBy(() -> MOSHI.adapter(SpaceRoleAssignment.class).fromJson("{\"type\":\"SYSTEM\",\"name\":\"X\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Unknown type 'SYSTEM' for SpaceRoleAssignment")
        .hasMessageContaining("CUSTOM").hasMessageContaining("PREDEFINED");
    assertThatThrownBy(() -> MOSHI.adapter(SpaceRoleAssignment.class).fromJson("{\"name\":\"ADMIN\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Missing type for SpaceRoleAssignment");
  }

  @Test
  void timestampsAreOffsetDateTimesAndNaiveOnesAreUtc() throws Exception {
    JsonAdapter<OffsetDateTime> adapter = MOSHI.adapter(OffsetDateTime.class);

    assertThat(adapter.fromJson("\"2026-01-15T09:30:00+02:00\""))
        .isEqualTo(OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(adapter.fromJson("\"2027-01-01T00:00:00\""))
        .isEqualTo(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(adapter.toJson(OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.UTC)))
        .isEqualTo("\"2026-01-15T09:30:00Z\"");
    assertThatThrownBy(() -> adapter.fromJson("\"yesterday\"")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("RFC 3339");
  }

  private static Object tree(String json) throws java.io.IOException {
    return ModelExamplesRoundTripTest.Json.tree(json);
  }

  @Test
  void secretsNeverAppearInToString() {
    UserApiKeyCreated created = new UserApiKeyCreated().id("k").key("ak-raw-secret-value");

    assertThat(created.toString()).doesNotContain("ak-raw-secret-value").contains("key=***");
  }
}
