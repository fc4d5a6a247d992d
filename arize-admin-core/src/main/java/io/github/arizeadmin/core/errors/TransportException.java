package io.github.arizeadmin.core.errors;

/**
 * No usable HTTP answer: a connection failure, a timeout, an interrupted wait, or a success answer
 * whose body could not be decoded.
 */
public final class TransportException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed (never containing the API key)
   * @param cause the underlying failure
   */
  public TransportException(String message, Throwable cause) {
    super(message, cause, null);
  }
}
