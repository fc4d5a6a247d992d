package io.github.arizeadmin.core.errors;

/**
 * HTTP 403: the caller lacks the role or permission the operation needs.
 */
public final class ForbiddenException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message (never containing the API key)
   * @param failure the HTTP answer
   */
  public ForbiddenException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
