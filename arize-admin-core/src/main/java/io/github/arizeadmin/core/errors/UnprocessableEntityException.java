package io.github.arizeadmin.core.errors;

/**
 * HTTP 422: the request is well formed but semantically invalid (for example an API key refresh that would extend its lifetime).
 */
public final class UnprocessableEntityException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message (never containing the API key)
   * @param failure the HTTP answer
   */
  public UnprocessableEntityException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
