package io.github.arizeadmin.fake.state;

/** How a new user is invited (the contract's {@code InviteMode}). */
public enum InviteMode {
  NONE,
  EMAIL_LINK,
  TEMPORARY_PASSWORD
}
