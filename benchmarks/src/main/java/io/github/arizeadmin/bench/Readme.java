package io.github.arizeadmin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Adds a run's results to the benchmark's README, newest first, below a marker line. */
final class Readme {
  static final String MARKER = "<!-- results: newest first; benchmarks/run.sh --record adds a section here -->";

  private Readme() {
  }

  /** Inserts {@code section} right after the marker of {@code readme}; fails when the marker is missing. */
  static void record(Path readme, String section) throws IOException {
    String text = Files.readString(readme);
    int at = text.indexOf(MARKER);
    if (at < 0) {
      throw new IllegalStateException(readme + " has no results marker line: " + MARKER);
    }
    int end = at + MARKER.length();
    Files.writeString(readme, text.substring(0, end) + "\n\n" + section.strip() + "\n" + text.substring(end));
  }
}
