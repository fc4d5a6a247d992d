package io.github.arizeadmin.cli;

import picocli.CommandLine.Option;

/** {@code --force} of the destructive commands. */
final class ForceOption {
  @Option(names = "--force",
      description = "Do it without asking (needed when standard input is not a terminal).")
  boolean force;
}
