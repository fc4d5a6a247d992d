package io.github.arizeadmin.fake.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The fake's permission set is the contract's Permission enum, so a permission added to the contract cannot be missed here. */
class PermissionMatchesContractTest {

  @Test
  @SuppressWarnings("unchecked")
  void thePermissionsAreExactlyTheContractsInItsOrder() throws Exception {
    Map<String, Object> contract;
    try (InputStream in = getClass().getResourceAsStream("/openapi/arize-admin-v2.yaml")) {
      contract = new Yaml().load(in);
    }
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
    List<String> inContract = (List<String>) ((Map<String, Object>) schemas.get("Permission")).get("enum");

    assertThat(Arrays.stream(Permission.values()).map(Enum::name).toList()).isEqualTo(inContract);
  }
}
