package io.github.arizeadmin.fake;

/** The fake server could not start or take a seed; the message is one line naming the problem. */
public final class FakeServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line
   * @param cause the cause, or null
   */
  public FakeServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
