package io.github.arizeadmin.core;

import java.time.Duration;

/**
 * What an HTTP error answer said, as the exceptions carry it.
 *
 * @param status the HTTP status
 * @param problem the problem document, or {@code null}
 * @param requestId the request id header, or {@code null}
 * @param method the request method
 * @param path the request path, without the query
 * @param attempts the number of attempts made
 * @param retryAfter the {@code Retry-After} delay the server asked for, or {@code null}
 */
record HttpFailure(int status, ProblemDetails problem, String requestId, String method, String path, int attempts,
    Duration retryAfter) {

  String describe() {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(path).append(" failed: HTTP ").append(status);
    if (problem != null && problem.title() != null) {
      text.append(' ').append(problem.title());
    }
    if (problem != null && problem.detail() != null) {
      text.append(": ").append(problem.detail());
    }
    if (requestId != null) {
      text.append(" (request id ").append(requestId).append(')');
    }
    if (attempts > 1) {
      text.append(" after ").append(attempts).append(" attempts");
    }
    return text.toString();
  }
}
