package io.github.arizeadmin.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

/** A target started by the runner, with the URL it listens on. */
record Running(Target target, ServerProcess process, URI base) implements AutoCloseable {

  /**
   * Starts {@code target} with its usual command on a free port, on the CPUs of {@code cpus}, and waits for its
   * ready line.
   *
   * @throws ServerProcess.StartFailure when it does not become ready within {@code timeout}
   */
  static Running start(Target target, Layout layout, String cpus, Duration timeout, String logName)
      throws ServerProcess.StartFailure {
    return start(target, port -> target.command(layout, port), layout, cpus, timeout, logName);
  }

  /** As {@link #start(Target, Layout, String, Duration, String)}, with the command for a port given. */
  static Running start(Target target, IntFunction<List<String>> command, Layout layout, String cpus,
      Duration timeout, String logName) throws ServerProcess.StartFailure {
    int port = Ports.free();
    Path log = layout.dir("logs").resolve(logName + ".log");
    ServerProcess process = ServerProcess.start(target.id(), Cpus.pinned(cpus, command.apply(port)), target.ready(),
        timeout, log);
    return new Running(target, process, URI.create("http://127.0.0.1:" + port));
  }

  @Override
  public void close() {
    process.close();
  }
}
