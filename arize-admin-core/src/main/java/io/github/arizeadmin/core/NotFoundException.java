package io.github.arizeadmin.core;

/**
 * HTTP 404: the resource does not exist or the caller may not see it. For a name that matched nothing on the client side, see {@link NameNotFoundException}.
 */
public final class NotFoundException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(String message, HttpFailure failure) {
    super(message, null, failure);
  }
}
