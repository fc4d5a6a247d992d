package io.github.arizeadmin.fake;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: {@code java -jar arize-fake-server.jar [--port N] [--admin-key K] [--seed FILE]
 * [--host H] [--id-seed N]}, with the environment variables {@code ARIZE_FAKE_PORT},
 * {@code ARIZE_FAKE_ADMIN_KEY}, {@code ARIZE_FAKE_SEED}, {@code ARIZE_FAKE_HOST} and
 * {@code ARIZE_FAKE_ID_SEED} (flags win). When ready it prints exactly one line
 * {@code Arize fake server listening on http://HOST:PORT} (after {@code Admin API key: <key>} when
 * the key was generated). Bad flags, a bad seed or a seed larger than the heap: one line on stderr
 * and exit code 2; a port in use or another start-up failure: one line and exit code 1.
 *
 * <p>The picocli command is built programmatically rather than from annotations: the same parser
 * and help, at half the start-up cost.
 */
public final class Main {
  /** Exit code of bad flags or a bad seed. */
  public static final int USAGE = 2;
  private static volatile boolean served;

  private Main() {
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
    // A failure no thread handles is one line, never a stack trace; an exhausted heap (a seed too large
    // for it, on whatever thread) also ends the process, as nothing can be trusted after it.
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
      if (failure instanceof OutOfMemoryError) {
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        System.err.println("arize-fake-server: out of memory (at most " + heap + " MB of heap): give the JVM more "
            + "memory with -Xmx, e.g. java -Xmx1g -jar arize-fake-server.jar ...");
        Runtime.getRuntime().halt(served ? 1 : USAGE);
      }
      System.err.println("arize-fake-server: unexpected " + failure.getClass().getSimpleName() + " in thread "
          + thread.getName() + ": " + oneLine(failure.getMessage()));
    });
    ArizeFakeServer.prepare();
    int code = run(args, System.out, System.err, new CountDownLatch(1));
    if (!served) {
      // flags were refused, or --help/--version: Vert.x may already be starting, so exit explicitly
      System.exit(code);
    }
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name("arize-fake-server").mixinStandardHelpOptions(true)
        .version(version());
    spec.usageMessage().description("An in-memory fake of the Arize admin REST API v2.");
    spec.addOption(OptionSpec.builder("--port").paramLabel("N").type(Integer.class)
        .defaultValue("${env:ARIZE_FAKE_PORT:-8080}")
        .description("Port to listen on; 0 picks a free one (env ARIZE_FAKE_PORT, default 8080).").build());
    spec.addOption(OptionSpec.builder("--host").paramLabel("H").type(String.class)
        .defaultValue("${env:ARIZE_FAKE_HOST:-127.0.0.1}")
        .description("Interface to listen on (env ARIZE_FAKE_HOST, default 127.0.0.1; 0.0.0.0 in containers).")
        .build());
    spec.addOption(OptionSpec.builder("--admin-key").paramLabel("K").type(String.class)
        .defaultValue("${env:ARIZE_FAKE_ADMIN_KEY}")
        .description("The admin's raw API key (env ARIZE_FAKE_ADMIN_KEY); generated and printed when absent.")
        .build());
    spec.addOption(OptionSpec.builder("--seed").paramLabel("FILE").type(Path.class)
        .defaultValue("${env:ARIZE_FAKE_SEED}")
        .description("A seed document to load at start (env ARIZE_FAKE_SEED).").build());
    spec.addOption(OptionSpec.builder("--id-seed").paramLabel("N").type(Long.class)
        .defaultValue("${env:ARIZE_FAKE_ID_SEED}")
        .description("Deterministic IDs, keys and passwords from this seed (env ARIZE_FAKE_ID_SEED).").build());
    return spec;
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
    CommandLine cli = new CommandLine(spec());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    ParseResult parsed;
    try {
      parsed = cli.parseArgs(args);
    } catch (ParameterException bad) {
      err.println("arize-fake-server: " + oneLine(bad.getMessage()) + " (see --help)");
      return USAGE;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      return 0;
    }
    int port = parsed.matchedOptionValue("--port", defaultValue(parsed, "--port", 8080));
    String host = parsed.matchedOptionValue("--host", defaultValue(parsed, "--host", "127.0.0.1"));
    String adminKey = parsed.matchedOptionValue("--admin-key", defaultValue(parsed, "--admin-key", (String) null));
    Path seed = parsed.matchedOptionValue("--seed", defaultValue(parsed, "--seed", (Path) null));
    Long idSeed = parsed.matchedOptionValue("--id-seed", defaultValue(parsed, "--id-seed", (Long) null));
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
    ArizeFakeServer server;
    try {
      server = ArizeFakeServer.start(FakeServerOptions.builder().port(port).host(host).adminKey(adminKey)
          .seedFile(seed).idSeed(idSeed).build());
    } catch (FakeServerException failed) {
      err.println("arize-fake-server: " + oneLine(failed.getMessage()));
      return failed.badInput() ? USAGE : 1;
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

  /** The option's default (environment variable interpolated), converted, when the flag is absent. */
  @SuppressWarnings("unchecked")
  private static <T> T defaultValue(ParseResult parsed, String name, T fallback) {
    OptionSpec option = parsed.commandSpec().findOption(name);
    if (option.defaultValue() == null) {
      return fallback;
    }
    Object value = option.getValue();
    return value == null ? fallback : (T) value;
  }

  private static String oneLine(String text) {
    return text == null ? "unexpected error" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  private static String version() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (java.io.IOException unreadable) {
      return "arize-fake-server";
    }
    return "arize-fake-server " + p.getProperty("version", "unknown") + " (contract "
        + p.getProperty("contract.version", "unknown") + ")";
  }
}
