package io.github.arizeadmin.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A server the runner started as a child process: its output goes to a log file, and {@link #start} returns
 * once the ready line appears, with the time from process start to that line. Closing it stops the process and
 * its descendants (npx starts node), and only those.
 */
final class ServerProcess implements AutoCloseable {
  private static final int TAIL_LINES = 15;

  private final String name;
  private final Process process;
  private final Duration readyAfter;

  private ServerProcess(String name, Process process, Duration readyAfter) {
    this.name = name;
    this.process = process;
    this.readyAfter = readyAfter;
  }

  /**
   * Starts {@code command} and waits for a line matching {@code ready}.
   *
   * @throws StartFailure when the process ends first or says nothing matching within {@code timeout}
   */
  static ServerProcess start(String name, List<String> command, Pattern ready, Duration timeout, Path log)
      throws StartFailure {
    CompletableFuture<Long> readyAt = new CompletableFuture<>();
    Deque<String> tail = new ArrayDeque<>();
    long started = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new StartFailure(name + " could not start: " + e.getMessage(), Duration.ZERO, false);
    }
    Thread reader = new Thread(() -> drain(process, ready, readyAt, tail, log), name + "-output");
    reader.setDaemon(true);
    reader.start();
    try {
      long at = readyAt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new ServerProcess(name, process, Duration.ofNanos(at - started));
    } catch (TimeoutException | ExecutionException e) {
      Duration after = Duration.ofNanos(System.nanoTime() - started);
      stop(process);
      String lines;
      synchronized (tail) {
        lines = String.join("\n", tail);
      }
      String why = e instanceof TimeoutException ? "no ready line within " + timeout.toSeconds() + " s"
          : "exited with code " + process.exitValue();
      throw new StartFailure(name + ": " + why + " (log: " + log + ")\n" + lines, after,
          lines.contains("OutOfMemoryError"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(process);
      throw new StartFailure(name + ": interrupted", Duration.ZERO, false);
    }
  }

  private static void drain(Process process, Pattern ready, CompletableFuture<Long> readyAt, Deque<String> tail,
      Path log) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        long at = System.nanoTime();
        // Written and flushed before the ready line is reported, so the log holds everything up to it.
        out.write(line);
        out.write('\n');
        out.flush();
        if (!readyAt.isDone() && ready.matcher(line).find()) {
          readyAt.complete(at);
        }
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      readyAt.completeExceptionally(new UncheckedIOException(e));
    }
    // The output ends when the process does (or closes it); without a ready line, that is a failed start.
    readyAt.completeExceptionally(new IllegalStateException("the output ended"));
  }

  Duration readyAfter() {
    return readyAfter;
  }

  /** The process ID of the server itself (taskset replaces itself with the command it runs). */
  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  String name() {
    return name;
  }

  @Override
  public void close() {
    stop(process);
  }

  private static void stop(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** A server that did not become ready: why, after how long, and whether it ran out of memory. */
  static final class StartFailure extends Exception {
    private final Duration after;
    private final boolean outOfMemory;

    StartFailure(String message, Duration after, boolean outOfMemory) {
      super(message);
      this.after = after;
      this.outOfMemory = outOfMemory;
    }

    Duration after() {
      return after;
    }

    boolean outOfMemory() {
      return outOfMemory;
    }
  }
}
