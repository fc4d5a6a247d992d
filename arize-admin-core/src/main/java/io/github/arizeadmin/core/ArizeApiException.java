package io.github.arizeadmin.core;

import java.util.Optional;

/**
 * The root of every failure of the core client. Unchecked, and thrown identically by direct calls and
 * while iterating pages.
 *
 * <p>Failures with an HTTP answer carry its {@link #status()}, the {@link #problem()} document (its
 * title and detail), the request id header when the server sent one, the request's method and path,
 * and the number of attempts made (retries included). Client-side failures ({@link
 * NameNotFoundException}, {@link AmbiguousNameException}, {@link TransportException}) have status 0.
 *
 * <p>Messages never contain the API key.
 */
public abstract sealed class ArizeApiException extends RuntimeException
    permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException,
        ConflictException, UnprocessableEntityException, RateLimitException, ServerException,
        UnexpectedStatusException, TransportException, NameNotFoundException, AmbiguousNameException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ProblemDetails problem;
  private final String requestId;
  private final String method;
  private final String path;
  private final int attempts;

  ArizeApiException(String message, Throwable cause, HttpFailure failure) {
    super(message, cause);
    this.status = failure == null ? 0 : failure.status();
    this.problem = failure == null ? null : failure.problem();
    this.requestId = failure == null ? null : failure.requestId();
    this.method = failure == null ? null : failure.method();
    this.path = failure == null ? null : failure.path();
    this.attempts = failure == null ? 0 : failure.attempts();
  }

  /** The exception that matches an HTTP error status (a status without its own class: {@link UnexpectedStatusException}). */
  static ArizeApiException forStatus(HttpFailure failure) {
    int status = failure.status();
    String message = failure.describe();
    if (status >= 500 && status <= 599) {
      return new ServerException(message, failure);
    }
    return switch (status) {
      case 400 -> new BadRequestException(message, failure);
      case 401 -> new UnauthorizedException(message, failure);
      case 403 -> new ForbiddenException(message, failure);
      case 404 -> new NotFoundException(message, failure);
      case 409 -> new ConflictException(message, failure);
      case 422 -> new UnprocessableEntityException(message, failure);
      case 429 -> new RateLimitException(message, failure);
      default -> new UnexpectedStatusException(message, failure);
    };
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status, or 0 when there was no HTTP answer (client-side failures)
   */
  public int status() {
    return status;
  }

  /**
   * Returns the problem document of the answer.
   *
   * @return the problem, empty for client-side failures or an answer without a problem body
   */
  public Optional<ProblemDetails> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * Returns the problem's title.
   *
   * @return the title, when there was one
   */
  public Optional<String> title() {
    return problem().map(ProblemDetails::title);
  }

  /**
   * Returns the problem's detail.
   *
   * @return the detail, when there was one
   */
  public Optional<String> detail() {
    return problem().map(ProblemDetails::detail);
  }

  /**
   * Returns the request id the server attached to its answer ({@code X-Request-Id} or {@code Request-Id}).
   *
   * @return the request id, when the server sent one
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method, empty for client-side failures
   */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /**
   * Returns the path of the failed request (without its query).
   *
   * @return the path, empty for client-side failures
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns how many attempts were made before giving up (1 when the call was not retried).
   *
   * @return the number of attempts, 0 for failures raised before any request
   */
  public int attempts() {
    return attempts;
  }
}
