package io.github.arizeadmin.cli.profile;

/**
 * The configuration is missing or unusable: no API key anywhere, a profile that does not exist, a
 * profile file that is not valid TOML, a {@code ${VAR}} whose variable is unset, or a bad routing value.
 * The command line exits with its "configuration" code.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line saying what is wrong and how to fix it
   */
  public ConfigurationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message one line saying what is wrong and how to fix it
   * @param cause the underlying failure
   */
  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
