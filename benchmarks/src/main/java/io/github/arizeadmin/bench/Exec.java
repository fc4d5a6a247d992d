package io.github.arizeadmin.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short-lived commands (wrk, jcmd, taskset, git, npx): run to the end, output and error output merged. */
final class Exec {
  private Exec() {
  }

  /** Runs {@code command}; a command still running after {@code timeout} is stopped and reported. */
  static Output run(List<String> command, Duration timeout) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      // Read in the background so a chatty command never blocks on a full pipe before the timeout.
      StringBuffer text = new StringBuffer();
      Thread reader = new Thread(() -> {
        try {
          text.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          text.append("(output lost: ").append(e.getMessage()).append(')');
        }
      });
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
      }
      reader.join(TimeUnit.SECONDS.toMillis(5));
      return new Output(process.exitValue(), text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Whether an executable named {@code name} is on the {@code PATH}. */
  static boolean onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** What a command printed and how it ended. */
  record Output(int exitCode, String text) {
    boolean ok() {
      return exitCode == 0;
    }
  }
}
