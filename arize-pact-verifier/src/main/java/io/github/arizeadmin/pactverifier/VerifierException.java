package io.github.arizeadmin.pactverifier;

/**
 * The verifier cannot start as configured (a states file that cannot be read or is malformed);
 * the message is one line naming the problem.
 */
public final class VerifierException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message one line
   */
  public VerifierException(String message) {
    super(message);
  }
}
