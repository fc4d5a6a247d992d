package io.github.arizeadmin.fake.testcontainers;

import io.github.arizeadmin.apisurface.ApiSurface;
import org.junit.jupiter.api.Test;

/** Public API changes are deliberate: the public types and members must be those of {@code api/arize-fake-server-testcontainers.txt}. */
class ApiSurfaceTest {
  @Test
  void thePublicApiIsTheCommittedOne() {
    ApiSurface.check("arize-fake-server-testcontainers");
  }
}
