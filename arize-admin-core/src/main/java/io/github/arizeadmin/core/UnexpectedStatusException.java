package io.github.arizeadmin.core;

/**
 * An HTTP error status that has no class of its own (for example 405 or 415).
 */
public final class UnexpectedStatusException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
