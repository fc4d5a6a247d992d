package io.github.arizeadmin.core.errors;

/**
 * HTTP 409: a uniqueness conflict (a name already used in its scope, a duplicate role binding, an email that is already active or deactivated).
 */
public final class ConflictException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message (never containing the API key)
   * @param failure the HTTP answer
   */
  public ConflictException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
