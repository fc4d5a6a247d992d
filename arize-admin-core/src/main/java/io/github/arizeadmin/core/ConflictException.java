package io.github.arizeadmin.core;

/**
 * HTTP 409: a uniqueness conflict (a name already used in its scope, a duplicate role binding, an email that is already active or deactivated).
 */
public final class ConflictException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
