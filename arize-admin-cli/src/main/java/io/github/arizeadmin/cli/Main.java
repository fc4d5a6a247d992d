package io.github.arizeadmin.cli;

import java.util.Arrays;

/**
 * The entry point of {@code arize-admin} (the runnable jar's main class). See the module's README for
 * the commands, profiles, output formats and exit codes.
 */
public final class Main {
  private Main() {
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    configureLogging(Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose"));
    System.exit(ArizeAdmin.run(args, Session.system()));
  }

  /**
   * The core logs through SLF4J: silent by default (its notices are not for a person at a terminal),
   * every HTTP call with {@code --verbose}. Set before the first logger exists, as slf4j-simple reads
   * its settings once.
   */
  private static void configureLogging(boolean verbose) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "off");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
  }
}
