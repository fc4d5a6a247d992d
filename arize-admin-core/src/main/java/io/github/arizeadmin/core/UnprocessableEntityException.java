package io.github.arizeadmin.core;

/**
 * HTTP 422: the request is well formed but semantically invalid (for example an API key refresh that would extend its lifetime).
 */
public final class UnprocessableEntityException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
