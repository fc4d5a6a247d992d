package io.github.arizeadmin.core.model;

/** How a new user is invited. */
public enum InviteMode {
  /** Added directly and immediately active, without an email (SSO accounts). */
  NONE,
  /** An invitation email with a verification link. */
  EMAIL_LINK,
  /** An invitation whose temporary password is returned once, in the creation answer. */
  TEMPORARY_PASSWORD,
  /** A value this version of the client does not know (sent by a newer server); never sent back. */
  UNKNOWN
}
