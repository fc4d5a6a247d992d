package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A user of the account.
 *
 * @param id the user's global ID
 * @param name the display name (not unique)
 * @param email the email, unique in the account
 * @param createdAt when the user was created
 * @param status the account's state
 * @param role the account-level role
 * @param isDeveloper whether the user may use the API (create user keys)
 */
public record User(String id, String name, String email, Instant createdAt, UserStatus status, AccountRole role,
    boolean isDeveloper) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param name the name
   * @param email the email
   * @param createdAt the creation time
   * @param status the status
   * @param role the account role
   * @param isDeveloper the developer flag
   */
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(role, "role");
  }

  /**
   * Returns the wire JSON of this user.
   *
   * @return a JSON object in the service's {@code User} shape
   */
  public String toJson() {
    return json().end();
  }

  Json json() {
    return Json.object().field("id", id).field("name", name).field("email", email).field("created_at", createdAt)
        .field("status", status).field("role", role).field("is_developer", isDeveloper);
  }
}
