package io.github.arizeadmin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTest {

  @Test
  void aNewSectionGoesRightBelowTheMarkerAboveTheOlderOnes(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# Benchmarks\n\n## Results\n" + Readme.MARKER + "\n\n### older\n| a |\n");
    Readme.record(readme, "### newer\n| b |\n");
    assertThat(Files.readString(readme)).isEqualTo(
        "# Benchmarks\n\n## Results\n" + Readme.MARKER + "\n\n### newer\n| b |\n\n\n### older\n| a |\n");
  }

  @Test
  void aReadmeWithoutTheMarkerIsLeftAlone(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# Benchmarks\n");
    assertThatThrownBy(() -> Readme.record(readme, "### run\n")).hasMessageContaining("no results marker");
    assertThat(Files.readString(readme)).isEqualTo("# Benchmarks\n");
  }

  @Test
  void theModulesReadmeHasTheMarker() throws Exception {
    Layout layout = TestLayouts.in(Path.of("target"));
    assertThat(Files.readString(layout.readme())).contains(Readme.MARKER);
  }
}
