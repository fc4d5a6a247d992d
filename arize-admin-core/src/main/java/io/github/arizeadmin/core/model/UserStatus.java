package io.github.arizeadmin.core.model;

/** The state of a user account. */
public enum UserStatus {
  /** Email verified; the user can use the platform. */
  ACTIVE,
  /** Invited; the verification token is still valid. */
  INVITED,
  /** Invited, but the token expired or is missing; needs a new invitation. */
  EXPIRED,
  /** A value this version of the client does not know (sent by a newer server); never sent back. */
  UNKNOWN
}
