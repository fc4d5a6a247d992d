package io.github.arizeadmin.core;

/**
 * HTTP 401: the API key is missing, invalid, revoked or expired.
 */
public final class UnauthorizedException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
