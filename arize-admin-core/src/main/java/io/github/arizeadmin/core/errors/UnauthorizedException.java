package io.github.arizeadmin.core.errors;

/**
 * HTTP 401: the API key is missing, invalid, revoked or expired.
 */
public final class UnauthorizedException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message (never containing the API key)
   * @param failure the HTTP answer
   */
  public UnauthorizedException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
