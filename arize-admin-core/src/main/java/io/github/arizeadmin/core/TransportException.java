package io.github.arizeadmin.core;

/**
 * No usable HTTP answer: a connection failure, a timeout, an interrupted wait, or a success answer
 * whose body could not be decoded.
 */
public final class TransportException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  TransportException(String message, Throwable cause) {
    super(message, cause, null);
  }
}
