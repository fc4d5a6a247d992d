package io.github.arizeadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.arizeadmin.core.model.Permission;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The core's Permission enum holds exactly the contract's values (as generated), plus its own UNKNOWN. */
class PermissionMatchesBindingsTest {

  @Test
  void everyGeneratedPermissionHasACoreConstantAndNoOther() {
    var generated = Arrays.stream(io.github.arizeadmin.api.generated.model.Permission.values())
        .filter(p -> p != io.github.arizeadmin.api.generated.model.Permission.UNKNOWN_DEFAULT_OPEN_API)
        .map(Enum::name).toList();
    var core = Arrays.stream(Permission.values()).filter(p -> p != Permission.UNKNOWN).map(Enum::name).toList();

    assertThat(core).isEqualTo(generated);
  }
}
