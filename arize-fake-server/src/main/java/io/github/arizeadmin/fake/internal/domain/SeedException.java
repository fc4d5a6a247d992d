package io.github.arizeadmin.fake.internal.domain;

/** A seed document is wrong; the message names the JSON path ({@code accounts[0].users[2].email: ...}). */
public final class SeedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the problem, starting with its JSON path
   */
  public SeedException(String message) {
    super(message, null, false, false);
  }
}
