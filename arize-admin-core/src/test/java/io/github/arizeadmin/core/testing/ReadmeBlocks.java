package io.github.arizeadmin.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the README's examples and their tests the same: each block of a test source between
 * {@code // --- README: <name> ---} and {@code // --- end of README: <name> ---} must appear in
 * README.md line by line (indentation aside).
 */
public final class ReadmeBlocks {
  private ReadmeBlocks() {
  }

  /**
   * Checks one block of a test's source against the README.
   *
   * @param testClass the test whose source holds the block
   * @param name the block's name
   * @throws IOException when a file cannot be read
   */
  public static void assertShown(Class<?> testClass, String name) throws IOException {
    String source = Files.readString(Path.of("src/test/java", testClass.getName().replace('.', '/') + ".java"));
    String start = "// --- README: " + name + " ---";
    String end = "// --- end of README: " + name + " ---";
    assertThat(source).as("the test marks its README block '" + name + "'").contains(start, end);
    String block = source.substring(source.indexOf(start) + start.length(), source.indexOf(end));
    List<String> readme = Files.readAllLines(Path.of("README.md")).stream().map(String::strip).toList();
    block.lines().map(String::strip).filter(line -> !line.isEmpty())
        .forEach(line -> assertThat(readme).as("README.md line of the '" + name + "' example").contains(line));
  }
}
