package io.github.arizeadmin.cli;

/**
 * What one run printed and returned.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 * @param console the console it ran with (for the number of lines read)
 */
record Result(int exitCode, String out, String err, ScriptedConsole console) {
  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
