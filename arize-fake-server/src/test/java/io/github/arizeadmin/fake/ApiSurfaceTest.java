package io.github.arizeadmin.fake;

import io.github.arizeadmin.apisurface.ApiSurface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Public API changes are deliberate: the public types and members must be those of
 * {@code api/arize-fake-server.txt}. The {@code internal} packages are public only so that the
 * layers reach each other, are documented as not API, and are left out.
 */
class ApiSurfaceTest {
  @Test
  void thePublicApiIsTheCommittedOne(@TempDir Path api) throws IOException {
    Path classes = Path.of("target", "classes");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(file -> file.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      Path relative = classes.relativize(file);
      if (!relative.toString().replace('\\', '/').contains("/internal/")) {
        // the listing reads the names from the directory and loads the classes from the class path
        Files.createDirectories(api.resolve(relative).getParent());
        Files.copy(file, api.resolve(relative));
      }
    }
    ApiSurface.of(api).assertMatches("arize-fake-server", Path.of("api", "arize-fake-server.txt"));
  }
}
