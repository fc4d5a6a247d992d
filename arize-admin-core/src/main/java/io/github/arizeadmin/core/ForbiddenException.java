package io.github.arizeadmin.core;

/**
 * HTTP 403: the caller lacks the role or permission the operation needs.
 */
public final class ForbiddenException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
