package io.github.arizeadmin.fake.internal.domain;

import java.util.Map;

/**
 * A rule of the API said no: the HTTP status, the field at fault (or null) and the reason. The
 * HTTP layer writes it as a Problem whose detail is {@code field: reason}; the seed loader puts the
 * seed document's path before the field.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
      Map.entry(413, "Payload Too Large"), Map.entry(422, "Unprocessable Entity"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  private final int status;
  private final String field;
  private final String reason;

  /**
   * @param status the HTTP status
   * @param field the field at fault (a JSON path relative to the request body), or null
   * @param reason what is wrong
   */
  public ApiError(int status, String field, String reason) {
    super(field == null ? reason : field + ": " + reason, null, false, false);
    this.status = status;
    this.field = field;
    this.reason = reason;
  }

  /**
   * @param status the HTTP status
   * @param detail the Problem's detail
   */
  public ApiError(int status, String detail) {
    this(status, null, detail);
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the field at fault, or null */
  public String field() {
    return field;
  }

  /** @return what is wrong, without the field */
  public String reason() {
    return reason;
  }

  /** @return the Problem's title: the reason phrase of the status */
  public String title() {
    return title(status);
  }

  /**
   * @param status an HTTP status
   * @return its reason phrase
   */
  public static String title(int status) {
    return TITLES.getOrDefault(status, "Error");
  }

  /**
   * @param field the field at fault, or null
   * @param reason what is wrong
   * @return a 400
   */
  public static ApiError badRequest(String field, String reason) {
    return new ApiError(400, field, reason);
  }

  static ApiError badRequest(String detail) {
    return new ApiError(400, detail);
  }

  static ApiError unauthorized(String detail) {
    return new ApiError(401, detail);
  }

  static ApiError forbidden(String detail) {
    return new ApiError(403, detail);
  }

  static ApiError notFound(String detail) {
    return new ApiError(404, detail);
  }

  static ApiError conflict(String field, String reason) {
    return new ApiError(409, field, reason);
  }

  static ApiError unprocessable(String field, String reason) {
    return new ApiError(422, field, reason);
  }
}
