package io.github.arizeadmin.core;

/**
 * HTTP 400: the request is invalid or breaks a business rule (for example an annotator role mismatch, or adding a user to a space before its organization).
 */
public final class BadRequestException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  BadRequestException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
