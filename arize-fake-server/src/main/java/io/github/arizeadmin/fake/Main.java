package io.github.arizeadmin.fake;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code java -jar arize-fake-server.jar [--port N] [--admin-key K] [--seed FILE]
 * [--host H] [--id-seed N]}, with the environment variables {@code ARIZE_FAKE_PORT},
 * {@code ARIZE_FAKE_ADMIN_KEY}, {@code ARIZE_FAKE_SEED}, {@code ARIZE_FAKE_HOST} and
 * {@code ARIZE_FAKE_ID_SEED} (flags win). When ready it prints exactly one line
 * {@code Arize fake server listening on http://HOST:PORT} (after {@code Admin API key: <key>} when
 * the key was generated). Bad flags or a bad seed: one line on stderr and exit code 2; a port in
 * use or another start-up failure: one line and exit code 1.
 */
@Command(name = "arize-fake-server", mixinStandardHelpOptions = true,
    description = "An in-memory fake of the Arize admin REST API v2.",
    versionProvider = Main.VersionProvider.class)
public final class Main implements Callable<Integer> {
  /** Exit code of bad flags or a bad seed. */
  public static final int USAGE = 2;

  @Option(names = "--port", paramLabel = "N", defaultValue = "${env:ARIZE_FAKE_PORT:-8080}",
      description = "Port to listen on; 0 picks a free one (env ARIZE_FAKE_PORT, default 8080).")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = "${env:ARIZE_FAKE_HOST:-127.0.0.1}",
      description = "Interface to listen on (env ARIZE_FAKE_HOST, default 127.0.0.1; 0.0.0.0 in containers).")
  String host;

  @Option(names = "--admin-key", paramLabel = "K", defaultValue = "${env:ARIZE_FAKE_ADMIN_KEY}",
      description = "The admin's raw API key (env ARIZE_FAKE_ADMIN_KEY); generated and printed when absent.")
  String adminKey;

  @Option(names = "--seed", paramLabel = "FILE", defaultValue = "${env:ARIZE_FAKE_SEED}",
      description = "A seed document to load at start (env ARIZE_FAKE_SEED).")
  Path seed;

  @Option(names = "--id-seed", paramLabel = "N", defaultValue = "${env:ARIZE_FAKE_ID_SEED}",
      description = "Deterministic IDs, keys and passwords from this seed (env ARIZE_FAKE_ID_SEED).")
  Long idSeed;

  private final PrintStream out;
  private final PrintStream err;
  private final CountDownLatch stop;
  private volatile ArizeFakeServer server;
  private static volatile boolean served;

  Main(PrintStream out, PrintStream err, CountDownLatch stop) {
    this.out = out;
    this.err = err;
    this.stop = stop;
  }

  /**
   * Runs the fake server until the process is stopped.
   *
   * @param args the flags
   */
  public static void main(String[] args) {
    // The fake resolves no host names; skipping Netty's DNS resolver set-up shortens the start.
    if (System.getProperty("vertx.disableDnsResolver") == null) {
      System.setProperty("vertx.disableDnsResolver", "true");
    }
    ArizeFakeServer.prepare();
    int code = run(args, System.out, System.err, new CountDownLatch(1));
    if (!served) {
      // flags were refused, or --help/--version: Vert.x may already be starting, so exit explicitly
      System.exit(code);
    }
  }

  /**
   * Parses the flags, starts the server, prints the ready line and waits on {@code stop}.
   *
   * @param args the flags
   * @param out where the ready line goes
   * @param err where errors go
   * @param stop released to stop the server
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stop) {
    Main main = new Main(out, err, stop);
    CommandLine cli = new CommandLine(main);
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("arize-fake-server: " + oneLine(ex.getMessage()) + " (see --help)");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      err.println("arize-fake-server: " + oneLine(ex.getMessage()));
      return 1;
    });
    return cli.execute(args);
  }

  private static String oneLine(String text) {
    return text == null ? "unexpected error" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      err.println("arize-fake-server: --port must be between 0 and 65535, got " + port);
      return USAGE;
    }
    if (adminKey != null && adminKey.isBlank()) {
      err.println("arize-fake-server: --admin-key must not be blank");
      return USAGE;
    }
    if (seed != null && !Files.isReadable(seed)) {
      err.println("arize-fake-server: --seed " + seed + ": no such readable file");
      return USAGE;
    }
    try {
      server = ArizeFakeServer.start(FakeServerOptions.builder().port(port).host(host).adminKey(adminKey)
          .seedFile(seed).idSeed(idSeed).build());
    } catch (FakeServerException failed) {
      err.println("arize-fake-server: " + oneLine(failed.getMessage()));
      return failed.getMessage() != null && failed.getMessage().startsWith("Bad seed") ? USAGE : 1;
    }
    served = true;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      server.close();
    }, "arize-fake-shutdown"));
    if (adminKey == null) {
      out.println("Admin API key: " + server.adminKey());
    }
    out.println("Arize fake server listening on " + server.baseUrl());
    out.flush();
    try {
      stop.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    server.close();
    return 0;
  }

  /** Reports the server and contract versions for {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"arize-fake-server " + p.getProperty("version", "unknown") + " (contract "
          + p.getProperty("contract.version", "unknown") + ")"};
    }
  }
}
