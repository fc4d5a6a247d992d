package io.github.arizeadmin.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What every phase of one run shares: the options, where things are, the report, the load generator. */
final class Run {
  private final Options options;
  private final Layout layout;
  private final Report report;
  private final LoadGenerator generator;
  private final Http http = new Http();
  private String prismVersion;

  Run(Options options, Layout layout, Report report, LoadGenerator generator) {
    this.options = options;
    this.layout = layout;
    this.report = report;
    this.generator = generator;
  }

  Options options() {
    return options;
  }

  Layout layout() {
    return layout;
  }

  Report report() {
    return report;
  }

  LoadGenerator generator() {
    return generator;
  }

  Http http() {
    return http;
  }

  /** The targets asked for that can run here; {@code skipped} gets a line for each one that cannot. */
  List<Target> targets(List<String> skipped) {
    List<Target> targets = new ArrayList<>();
    for (Target target : options.targets()) {
      var missing = target.missing(layout);
      if (missing.isPresent()) {
        skipped.add(target.id() + " skipped: " + missing.get());
      } else {
        targets.add(target);
      }
    }
    return targets;
  }

  /**
   * The Prism version npx runs, fetching the package once first so no timed start-up includes the download.
   */
  String prismVersion() {
    if (prismVersion == null) {
      Exec.Output output = Exec.run(List.of("npx", "-y", Target.PRISM_PACKAGE, "--version"), Duration.ofMinutes(10));
      if (!output.ok()) {
        throw new IllegalStateException("npx could not run " + Target.PRISM_PACKAGE + ": " + output.text().strip());
      }
      prismVersion = output.text().strip().lines().reduce((first, last) -> last).orElse("?");
    }
    return prismVersion;
  }

  void progress(String phase, String message) {
    System.out.println("[" + phase + "] " + message);
  }
}
