package io.github.arizeadmin.apisurface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing holds exactly the public and protected API, and a difference fails with what changed. */
class ApiSurfaceTest {
  private static final Path SAMPLES = Path.of("target", "test-classes");

  @TempDir
  Path directory;

  @AfterEach
  void noUpdate() {
    System.clearProperty(ApiSurface.UPDATE_PROPERTY);
  }

  private static List<String> sample() {
    return ApiSurface.of(SAMPLES).lines().stream().filter(line -> line.contains("sample") || line.startsWith("  "))
        .toList();
  }

  @Test
  void listsPublicAndProtectedTypesAndMembersOnly() {
    assertThat(sample()).containsExactly(
        "public class io.github.arizeadmin.apisurface.sample.Widget implements "
            + "java.lang.Comparable<io.github.arizeadmin.apisurface.sample.Widget>",
        "  @Deprecated protected void old() throws java.io.IOException",
        "  protected int size",
        "  public Widget()",
        "  public int compareTo(io.github.arizeadmin.apisurface.sample.Widget)",
        "  public static <T extends java.lang.Comparable<T>> java.util.List<T> all(T, T...)",
        "  public static final java.lang.String NAME",
        "public static final class io.github.arizeadmin.apisurface.sample.Widget$Part",
        "public record io.github.arizeadmin.apisurface.sample.Widget$Round implements "
            + "io.github.arizeadmin.apisurface.sample.Widget$Shape",
        "  public Round(double)",
        "  public double area()",
        "  public double radius()",
        "  public final boolean equals(java.lang.Object)",
        "  public final int hashCode()",
        "  public final java.lang.String toString()",
        "public sealed interface io.github.arizeadmin.apisurface.sample.Widget$Shape permits "
            + "io.github.arizeadmin.apisurface.sample.Widget$Round, io.github.arizeadmin.apisurface.sample.Widget$Square",
        "  public default java.lang.String label()",
        "  public double area()",
        "public enum io.github.arizeadmin.apisurface.sample.Widget$Square implements "
            + "io.github.arizeadmin.apisurface.sample.Widget$Shape",
        "  public double area()",
        "  public static final io.github.arizeadmin.apisurface.sample.Widget$Square UNIT",
        "  public static io.github.arizeadmin.apisurface.sample.Widget$Square valueOf(java.lang.String)",
        "  public static io.github.arizeadmin.apisurface.sample.Widget$Square[] values()");
  }

  @Test
  void aMissingFileIsWrittenAndStillFailsSoThatItGetsCommitted() throws Exception {
    Path committed = directory.resolve("api").resolve("sample.txt");

    assertThatThrownBy(() -> ApiSurface.of(SAMPLES).assertMatches("sample", committed))
        .isInstanceOf(AssertionError.class).hasMessageContaining("has been written");
    assertThat(Files.readString(committed)).startsWith("# The public API of sample")
        .contains("public class io.github.arizeadmin.apisurface.sample.Widget");
    ApiSurface.of(SAMPLES).assertMatches("sample", committed);
  }

  @Test
  void aDifferenceNamesTheChangedLinesAndHowToRegenerate() throws Exception {
    Path committed = directory.resolve("sample.txt");
    Files.writeString(committed, "# header\n" + String.join("\n", ApiSurface.of(SAMPLES).lines())
        .replace("  public Widget()", "  public Widget(int)") + "\n");

    assertThatThrownBy(() -> ApiSurface.of(SAMPLES).assertMatches("sample", committed))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The public API of sample differs from " + committed)
        .hasMessageContaining("-   public Widget(int)")
        .hasMessageContaining("+   public Widget()")
        .hasMessageContaining("mvn -pl sample -am test -Dtest=ApiSurfaceTest")
        .hasMessageContaining("-Dapi.surface.update=true");
    assertThat(Files.readString(Path.of("target", "api-surface", "sample.txt"))).contains("  public Widget()");
  }

  @Test
  void theUpdatePropertyRewritesTheFile() throws Exception {
    Path committed = directory.resolve("sample.txt");
    Files.writeString(committed, "stale\n");
    System.setProperty(ApiSurface.UPDATE_PROPERTY, "true");

    ApiSurface.of(SAMPLES).assertMatches("sample", committed);

    assertThat(Files.readString(committed)).contains("  public Widget()").doesNotContain("stale");
  }
}
