package io.github.arizeadmin.core.errors;

/**
 * An HTTP error status that has no class of its own (for example 405 or 415).
 */
public final class UnexpectedStatusException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message (never containing the API key)
   * @param failure the HTTP answer
   */
  public UnexpectedStatusException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
