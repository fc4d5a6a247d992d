package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to {@code users().create}: the user, and whether the call created it.
 *
 * <p>When the email already had a pending invitation, the service returns it unchanged (HTTP 200)
 * and sends no new email: {@link #created()} is then false and there is no invite mode or password.
 * A new invitation or user (HTTP 201) carries the invite mode and, for {@link
 * InviteMode#TEMPORARY_PASSWORD}, the temporary password, returned this once. The password is
 * redacted from {@link #toString()}.
 *
 * @param user the user
 * @param created true for a new invitation or user (201), false for a pending invitation returned as is (200)
 * @param inviteMode the invite mode of a new invitation
 * @param temporaryPassword the one-time temporary password, for {@code TEMPORARY_PASSWORD}
 */
public record CreatedUser(User user, boolean created, Optional<InviteMode> inviteMode,
    Optional<String> temporaryPassword) {
  /**
   * Checks the fields.
   *
   * @param user the user
   * @param created whether it was created
   * @param inviteMode the invite mode, or empty
   * @param temporaryPassword the password, or empty
   */
  public CreatedUser {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(inviteMode, "inviteMode");
    Objects.requireNonNull(temporaryPassword, "temporaryPassword");
  }

  /**
   * Returns the user's ID.
   *
   * @return the ID
   */
  public String id() {
    return user.id();
  }

  /**
   * Returns the wire JSON: the user's fields, plus {@code invite_mode} and {@code temporary_password}
   * when present (this is how a caller stores the password; keep it secret).
   *
   * @return a JSON object in the service's {@code CreateUserResponse} shape
   */
  public String toJson() {
    return user.json().field("invite_mode", inviteMode).field("temporary_password", temporaryPassword).end();
  }

  @Override
  public String toString() {
    return "CreatedUser[user=" + user + ", created=" + created + ", inviteMode=" + inviteMode
        + ", temporaryPassword=" + temporaryPassword.map(secret -> "***") + "]";
  }
}
