package io.github.arizeadmin.core;

import io.github.arizeadmin.apisurface.ApiSurface;
import org.junit.jupiter.api.Test;

/** Public API changes are deliberate: the compiled public API must equal the committed api/arize-admin-core.txt. */
class ApiSurfaceTest {

  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiSurface.check("arize-admin-core");
  }
}
