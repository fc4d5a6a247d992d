package io.github.arizeadmin.pactverifier;

/** An interaction's provider states cannot be set up; the message says why, in one line. */
final class StateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StateException(String message) {
    super(message);
  }
}
