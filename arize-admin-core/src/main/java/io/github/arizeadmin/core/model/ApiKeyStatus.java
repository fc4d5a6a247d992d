package io.github.arizeadmin.core.model;

/** The state of an API key. */
public enum ApiKeyStatus {
  /** The key works. */
  ACTIVE,
  /** The key was revoked (or refreshed without a grace period). */
  REVOKED,
  /** A value this version of the client does not know (sent by a newer server); never sent back. */
  UNKNOWN
}
