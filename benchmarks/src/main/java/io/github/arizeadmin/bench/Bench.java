package io.github.arizeadmin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The benchmark's entry point ({@code benchmarks/run.sh} runs it): the throughput, scale and start-up phases,
 * then the table of figures, also written to {@code benchmarks/target/bench/results/} and, with
 * {@code --record}, added to {@code benchmarks/README.md}.
 */
@Command(name = "benchmarks/run.sh", sortOptions = false,
    description = "Benchmarks the fake server beside WireMock, Prism and a bare Vert.x handler; scale and start-up.")
public final class Bench implements Callable<Integer> {
  @Mixin
  Options options = new Options();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /**
   * Runs the benchmark and exits with 0 when every phase ran (a target that failed is in the report), 1 when a
   * phase failed, 2 for bad options.
   *
   * @param args the options ({@code --help} lists them)
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }

  /**
   * Runs the phases asked for and prints the report.
   *
   * @return the exit code
   * @throws IOException when the report cannot be written
   */
  @Override
  public Integer call() throws IOException {
    Set<Phase> phases;
    Layout layout;
    LoadGenerator generator;
    try {
      phases = options.phases();
      options.targets();
      Path root = options.root != null ? options.root : Layout.findRoot(Path.of("")).orElseThrow(() ->
          new IllegalArgumentException("run from the repository (or pass --root): no arize-fake-server/ and "
              + "benchmarks/ above " + Path.of("").toAbsolutePath()));
      layout = new Layout(root.toAbsolutePath().normalize(), options.java != null ? options.java : Layout.currentJava(),
          System.getProperty("java.class.path"), root.resolve("benchmarks/target/bench"));
      generator = loadGenerator(layout);
      if (Cpus.count() < 2) {
        // One CPU cannot keep server and load generator apart; run anyway, and say so in the report.
        options.serverCpu = "0";
        options.clientCpu = "0";
      }
      Cpus.pinThisProcess(options.clientCpu);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("benchmarks: " + e.getMessage());
      return 2;
    }
    ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    String loadAtStart = Machine.loadAverage();
    Report report = new Report();
    Run run = new Run(options, layout, report, generator);
    boolean failed = false;
    for (Phase phase : phases) {
      run.progress(phase.name().toLowerCase(Locale.ROOT), "starting");
      try {
        switch (phase) {
          case THROUGHPUT -> new ThroughputPhase(run).run();
          case SCALE -> new ScalePhase(run).run();
          case STARTUP -> new StartupPhase(run).run();
          default -> throw new IllegalStateException(phase.name());
        }
      } catch (Exception e) {
        failed = true;
        report.table(phase.name().toLowerCase(Locale.ROOT) + ": failed", "Error").row(
            String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
        run.progress(phase.name().toLowerCase(Locale.ROOT), "failed: " + e);
      }
    }
    header(report, layout, started, loadAtStart);
    String markdown = report.markdown();
    System.out.println();
    System.out.println(markdown);
    Path results = layout.dir("results").resolve(started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
    Files.writeString(results, markdown);
    System.out.println("Written to " + results);
    if (options.record) {
      Readme.record(layout.readme(), markdown);
      System.out.println("Recorded in " + layout.readme());
    }
    return failed ? 1 : 0;
  }

  private void header(Report report, Layout layout, ZonedDateTime started, String loadAtStart) {
    report.headerLine("### " + started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC, commit "
        + Machine.commit(layout) + (options.quick ? " (--quick)" : ""));
    report.headerLine("");
    report.headerLine("- Machine: " + Machine.describe(layout) + ".");
    report.headerLine("- Load average (1, 5, 15 min): " + loadAtStart + " at the start, " + Machine.loadAverage()
        + " at the end.");
    if (options.note != null && !options.note.isBlank()) {
      report.headerLine("- Note: " + options.note.strip());
    }
  }

  private LoadGenerator loadGenerator(Layout layout) {
    return switch (options.loadGenerator) {
      case "wrk" -> {
        if (!Exec.onPath("wrk")) {
          throw new IllegalArgumentException("--load-generator wrk: wrk is not on the PATH");
        }
        yield new Wrk();
      }
      case "jvm" -> new JvmLoad(layout);
      case "auto" -> Exec.onPath("wrk") ? new Wrk() : new JvmLoad(layout);
      default -> throw new IllegalArgumentException("--load-generator must be auto, wrk or jvm");
    };
  }
}
