package io.github.arizeadmin.bench;

import java.nio.file.Path;

/** Layouts for tests: the real repository root and JVM, a temporary working directory. */
final class TestLayouts {
  private TestLayouts() {
  }

  static Layout in(Path work) {
    Path root = Layout.findRoot(Path.of("")).orElseThrow();
    return new Layout(root, Layout.currentJava(), System.getProperty("java.class.path"), work);
  }
}
