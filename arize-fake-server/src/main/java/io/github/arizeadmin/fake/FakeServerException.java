package io.github.arizeadmin.fake;

/** The fake server could not start or take a seed; the message is one line naming the problem. */
public final class FakeServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean badInput;

  /**
   * @param message one line
   * @param cause the cause, or null
   */
  public FakeServerException(String message, Throwable cause) {
    this(message, cause, false);
  }

  FakeServerException(String message, Throwable cause, boolean badInput) {
    super(message, cause);
    this.badInput = badInput;
  }

  /** @return whether what was given (flags, seed) is at fault, rather than the machine: exit code 2 */
  boolean badInput() {
    return badInput;
  }
}
