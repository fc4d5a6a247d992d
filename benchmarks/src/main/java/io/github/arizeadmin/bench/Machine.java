package io.github.arizeadmin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The machine a run measured, for the report: CPUs, memory, the JVM of the targets, the OS, the load. */
final class Machine {
  private Machine() {
  }

  static String describe(Layout layout) {
    String cpus = Cpus.count() + " CPUs" + cpuModel().map(model -> " (" + model + ")").orElse("");
    return String.join("; ", cpus, memory(), jdk(layout), System.getProperty("os.name") + " "
        + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
  }

  /** The 1, 5 and 15 minute load averages, or "n/a" off Linux. */
  static String loadAverage() {
    return read("/proc/loadavg").map(text -> String.join(" ", List.of(text.trim().split("\\s+")).subList(0, 3)))
        .orElse("n/a");
  }

  private static Optional<String> cpuModel() {
    return read("/proc/cpuinfo").flatMap(text -> text.lines()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst());
  }

  private static String memory() {
    return read("/proc/meminfo").flatMap(text -> text.lines()
            .filter(line -> line.startsWith("MemTotal:"))
            .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
            .findFirst())
        .map(kib -> String.format(Locale.ROOT, "%.1f GiB RAM", kib / 1024.0 / 1024.0))
        .orElse(String.format(Locale.ROOT, "%.1f GiB max heap of the runner",
            Runtime.getRuntime().maxMemory() / 1024.0 / 1024 / 1024));
  }

  private static String jdk(Layout layout) {
    String version = Exec.run(List.of(layout.java().toString(), "-version"), Duration.ofSeconds(30)).text();
    return version.lines().skip(1).findFirst().orElse(version.strip());
  }

  /** The repository's commit, marked when the working tree has changes. */
  static String commit(Layout layout) {
    Exec.Output head = Exec.run(List.of("git", "-C", layout.root().toString(), "rev-parse", "--short", "HEAD"),
        Duration.ofSeconds(30));
    if (!head.ok()) {
      return "unknown commit";
    }
    Exec.Output status = Exec.run(List.of("git", "-C", layout.root().toString(), "status", "--porcelain",
        "--untracked-files=no"), Duration.ofSeconds(30));
    return head.text().strip() + (status.text().isBlank() ? "" : " with local changes");
  }

  private static Optional<String> read(String file) {
    try {
      return Optional.of(Files.readString(Path.of(file)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
