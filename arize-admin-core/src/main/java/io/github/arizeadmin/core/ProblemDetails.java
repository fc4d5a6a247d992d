package io.github.arizeadmin.core;

import java.util.Optional;

/**
 * The RFC 9457 problem document of an error answer, as the service sent it.
 *
 * @param type the problem type URI, or {@code null}
 * @param title the short summary (required by the contract, but kept {@code null} when absent)
 * @param status the HTTP status repeated in the body, or {@code null}
 * @param detail the explanation of this occurrence, or {@code null}
 * @param instance the URI of this occurrence, or {@code null}
 */
public record ProblemDetails(String type, String title, Integer status, String detail, String instance) {

  /**
   * Returns the detail, when the server gave one.
   *
   * @return the detail
   */
  public Optional<String> detailText() {
    return Optional.ofNullable(detail);
  }
}
