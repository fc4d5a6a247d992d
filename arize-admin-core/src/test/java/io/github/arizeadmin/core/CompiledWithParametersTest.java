package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.api.generated.api.OrganizationsApi;
import io.github.arizeadmin.api.generated.model.AddOrganizationUserRequest;
import io.github.arizeadmin.core.model.OrganizationRole;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every module compiles with -parameters, so an IDE shows parameter names from the jars, not arg0, arg1. */
class CompiledWithParametersTest {

  private static List<String> names(java.lang.reflect.Executable executable) {
    return Arrays.stream(executable.getParameters()).map(Parameter::getName).toList();
  }

  @Test
  void theCoresMethodsKeepTheirParameterNames() throws Exception {
    assertThat(names(OrganizationsClient.class.getMethod("addUser", String.class, String.class, OrganizationRole.class)))
        .containsExactly("organization", "user", "role");
    assertThat(names(ApiKeysClient.class.getMethod("list", ApiKeyFilter.class, int.class, String.class)))
        .containsExactly("filter", "limit", "cursor");
  }

  @Test
  void theGeneratedBindingsKeepTheirParameterNamesToo() throws Exception {
    assertThat(names(AddOrganizationUserRequest.class.getMethod("userId", String.class))).containsExactly("userId");
    assertThat(Arrays.stream(OrganizationsApi.class.getMethods()).flatMap(method -> Arrays.stream(method.getParameters())))
        .isNotEmpty().allMatch(Parameter::isNamePresent);
  }
}
