package io.github.arizeadmin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU pinning with {@code taskset} (Linux). Where it is missing the commands run unpinned and the report says
 * so; the figures are then only comparable with other unpinned runs.
 */
final class Cpus {
  private static final boolean TASKSET = Exec.onPath("taskset");

  private Cpus() {
  }

  static boolean pinning() {
    return TASKSET;
  }

  /** {@code command} restricted to the CPUs of {@code cpuList} (taskset's list syntax: {@code 0}, {@code 0-1}). */
  static List<String> pinned(String cpuList, List<String> command) {
    if (!TASKSET) {
      return command;
    }
    List<String> pinned = new ArrayList<>(List.of("taskset", "-c", cpuList));
    pinned.addAll(command);
    return pinned;
  }

  /** Moves every thread of this JVM onto {@code cpuList}, so the runner stays off the server's core. */
  static void pinThisProcess(String cpuList) {
    if (TASKSET) {
      Exec.Output output = Exec.run(List.of("taskset", "-a", "-c", "-p", cpuList,
          Long.toString(ProcessHandle.current().pid())), Duration.ofSeconds(10));
      if (!output.ok()) {
        throw new IllegalStateException("taskset could not pin the runner to CPU " + cpuList + ": " + output.text());
      }
    }
  }

  /** Every online CPU in taskset's list syntax (pinned children inherit nothing from the pinned runner). */
  static String all() {
    try {
      return Files.readString(Path.of("/sys/devices/system/cpu/online")).trim();
    } catch (IOException e) {
      return "0-" + (Runtime.getRuntime().availableProcessors() - 1);
    }
  }

  /** The number of online CPUs of the machine, not only those this process may use. */
  static int count() {
    int count = 0;
    for (String range : all().split(",")) {
      String[] ends = range.split("-");
      count += ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
    }
    return count;
  }
}
