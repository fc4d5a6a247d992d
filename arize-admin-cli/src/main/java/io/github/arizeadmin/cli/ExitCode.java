package io.github.arizeadmin.cli;

/**
 * The exit codes of {@code arize-admin}, one per kind of outcome, so scripts can tell them apart. They
 * are listed in the module's README.
 */
final class ExitCode {
  /** Success. */
  static final int OK = 0;
  /** Any other API error (400, 403, 409, 422, 429, 5xx) or no usable answer (network, timeout). */
  static final int API_ERROR = 1;
  /** Bad command line: unknown command or option, a missing or invalid value, an ambiguous name. */
  static final int USAGE = 2;
  /** Missing or unusable configuration: no API key, no such profile, a broken profile file. */
  static final int CONFIGURATION = 3;
  /** The API refused the credentials (401). */
  static final int AUTHENTICATION = 4;
  /** Not found: the API answered 404, or a name or email matched nothing. */
  static final int NOT_FOUND = 5;
  /** A destructive command was not confirmed: declined at the prompt, or no terminal and no --force. */
  static final int NOT_CONFIRMED = 6;

  private ExitCode() {
  }
}
