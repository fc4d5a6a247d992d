package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one user of {@code users().bulkDelete}.
 *
 * @param userId the user's ID ({@code ""} when an email matched no user)
 * @param status deleted, failed or not found
 * @param email the email, for users given by email
 * @param error what went wrong, for failed and not-found items
 */
public record BulkDeletionResult(String userId, DeletionStatus status, Optional<String> email, Optional<String> error) {
  /**
   * Checks the fields.
   *
   * @param userId the user
   * @param status the status
   * @param email the email, or empty
   * @param error the error, or empty
   */
  public BulkDeletionResult {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(error, "error");
  }

  /**
   * Returns the JSON of this result, with the Python SDK's lowercase status values.
   *
   * @return a JSON object with {@code user_id}, {@code status}, {@code email}, {@code error}
   */
  public String toJson() {
    return Json.object().field("user_id", userId).field("status", status.name().toLowerCase(java.util.Locale.ROOT))
        .field("email", email).field("error", error).end();
  }
}
