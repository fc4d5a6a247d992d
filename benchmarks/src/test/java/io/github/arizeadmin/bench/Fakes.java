package io.github.arizeadmin.bench;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;

/** The fake embedded in a test, with the admin key the benchmark's requests carry. */
final class Fakes {
  private Fakes() {
  }

  static ArizeFakeServer start() {
    return ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey(Layout.ADMIN_KEY).build());
  }
}
