package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.model.OrganizationRole;
import io.github.arizeadmin.api.generated.model.RoleBindingResourceType;
import io.github.arizeadmin.api.generated.model.UserRole;
import io.github.arizeadmin.api.generated.model.UserSpaceRole;
import io.github.arizeadmin.core.model.AccountRoleName;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.OrganizationRoleName;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.SpaceRoleName;
import io.github.arizeadmin.core.model.UserStatus;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the core's vocabularies holds exactly the contract's values (as the bindings' enums, generated
 * from the same contract, hold them), in the contract's order, plus its own UNKNOWN.
 */
class VocabulariesMatchTheContractTest {

  static Stream<Arguments> vocabularies() {
    return Stream.of(
        Arguments.of(Permission.class, io.github.arizeadmin.api.generated.model.Permission.class),
        Arguments.of(UserStatus.class, io.github.arizeadmin.api.generated.model.UserStatus.class),
        Arguments.of(InviteMode.class, io.github.arizeadmin.api.generated.model.InviteMode.class),
        Arguments.of(ApiKeyType.class, io.github.arizeadmin.api.generated.model.ApiKeyType.class),
        Arguments.of(ApiKeyStatus.class, io.github.arizeadmin.api.generated.model.ApiKeyStatus.class),
        Arguments.of(ResourceType.class, RoleBindingResourceType.class),
        Arguments.of(AccountRoleName.class, UserRole.class),
        Arguments.of(OrganizationRoleName.class, OrganizationRole.class),
        Arguments.of(SpaceRoleName.class, UserSpaceRole.class));
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  @ParameterizedTest
  @MethodSource("vocabularies")
  void theCoresEnumIsTheContractsPlusUnknown(Class<? extends Enum<?>> core, Class<? extends Enum<?>> wire) {
    List<String> contract = names(wire).stream().filter(name -> !name.equals("UNKNOWN_DEFAULT_OPEN_API")).toList();

    assertThat(names(core)).isEqualTo(Stream.concat(contract.stream(), Stream.of("UNKNOWN")).toList());
  }
}
