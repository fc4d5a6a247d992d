package io.github.arizeadmin.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The module shares the fake's types, not its server: Vert.x, Netty and Jackson stay off the user's class path. */
class ClasspathTest {
  @Test
  void theFakesServerLibrariesAreNotOnTheClassPath() {
    for (String name : new String[] {"io.vertx.core.Vertx", "io.netty.channel.Channel", "com.fasterxml.jackson.core.JsonParser"}) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
