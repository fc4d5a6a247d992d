package io.github.arizeadmin.fake.junit5;

import io.github.arizeadmin.apisurface.ApiSurface;
import org.junit.jupiter.api.Test;

/** Public API changes are deliberate: the public types and members must be those of {@code api/arize-fake-server-junit5.txt}. */
class ApiSurfaceTest {
  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiSurface.check("arize-fake-server-junit5");
  }
}
