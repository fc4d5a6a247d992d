package io.github.arizeadmin.pactverifier;

import io.github.arizeadmin.fake.FakeServerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: {@code java -jar arize-pact-verifier.jar PACT_FILE_OR_DIR... [--states FILE]
 * [--junit-xml FILE] [--provider NAME]...}. Prints one verdict line per interaction (PASS, FAIL or
 * SKIP, the file, the consumer, the description and why), then a summary line; exit code 0 when
 * everything passed, 1 when an interaction failed or a file could not be read, 2 for bad flags or
 * a bad states file (one line on stderr, never a stack trace).
 *
 * <p>The picocli command is built programmatically, as the fake server's is.
 */
public final class Main {
  /** Exit code of bad flags or a bad states file. */
  public static final int USAGE = 2;
  private static final String NAME = "arize-pact-verifier";

  private Main() {
  }

  /**
   * Runs the verifier and exits with its code.
   *
   * @param args the paths and flags
   */
  public static void main(String[] args) {
    quietLibraries();
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Pact JVM and Vert.x log through SLF4J: only errors, and on stderr, so that stdout holds the
   * verdicts alone. The fake resolves no host names, so Netty's DNS resolver is not set up.
   */
  private static void quietLibraries() {
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", "error");
    setDefault("org.slf4j.simpleLogger.logFile", "System.err");
    setDefault("vertx.disableDnsResolver", "true");
  }

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create().name(NAME).mixinStandardHelpOptions(true).version(version());
    spec.usageMessage().description("Verifies Pact files for the Arize admin API: each HTTP interaction against "
        + "the contract, and replayed against a fresh, seeded fake server.");
    spec.addPositional(PositionalParamSpec.builder().paramLabel("PACT_FILE_OR_DIR").arity("1..*").required(true)
        .type(List.class).auxiliaryTypes(Path.class).description("Pact files, or directories searched for *.json pact files.").build());
    spec.addOption(OptionSpec.builder("--states").paramLabel("FILE").type(Path.class)
        .description("Your own provider states: state names mapped to seed documents (JSON or YAML).").build());
    spec.addOption(OptionSpec.builder("--junit-xml").paramLabel("FILE").type(Path.class)
        .description("Also write the verdicts as JUnit XML, for CI.").build());
    spec.addOption(OptionSpec.builder("--provider").paramLabel("NAME").type(List.class).auxiliaryTypes(String.class)
        .description("Verify pacts for this provider name (repeatable); default: any name containing \"arize\".")
        .build());
    return spec;
  }

  /**
   * Parses the flags, verifies the pacts and prints the verdicts.
   *
   * @param args the paths and flags
   * @param out where verdicts and the summary go
   * @param err where usage and start-up errors go
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(spec());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    ParseResult parsed;
    try {
      parsed = cli.parseArgs(args);
    } catch (ParameterException bad) {
      err.println(NAME + ": " + oneLine(bad.getMessage()) + " (see --help)");
      return USAGE;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      return 0;
    }
    List<Path> paths = parsed.matchedPositionalValue(0, List.of());
    Path states = parsed.matchedOptionValue("--states", null);
    Path junitXml = parsed.matchedOptionValue("--junit-xml", null);
    List<String> providers = parsed.matchedOptionValue("--provider", List.of());
    Report report;
    try (PactVerifier verifier = PactVerifier.builder().states(states).providers(providers).build()) {
      report = verifier.verify(paths, verdict -> out.println(verdict.line()));
    } catch (VerifierException bad) {
      err.println(NAME + ": " + oneLine(bad.getMessage()));
      return USAGE;
    } catch (FakeServerException failed) {
      err.println(NAME + ": " + oneLine(failed.getMessage()));
      return 1;
    } catch (RuntimeException unexpected) {
      // a verdict covers every pact problem; this is the tool itself failing: still one line
      err.println(NAME + ": unexpected error: " + oneLine(String.valueOf(unexpected)));
      return 1;
    }
    out.println(report.summary());
    out.flush();
    if (junitXml != null) {
      try {
        report.writeJUnitXml(junitXml);
      } catch (IOException | RuntimeException failed) {
        err.println(NAME + ": --junit-xml " + junitXml + ": cannot write it (" + oneLine(failed.getMessage()) + ")");
        return 1;
      }
    }
    return report.exitCode();
  }

  private static String oneLine(String text) {
    return text == null ? "unexpected error" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException unreadable) {
      return NAME;
    }
    return NAME + " " + p.getProperty("version", "unknown") + " (contract " + p.getProperty("contract.version",
        "unknown") + ")";
  }
}
