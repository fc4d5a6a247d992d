package io.github.arizeadmin.core.model;

/** The kind of an API key. */
public enum ApiKeyType {
  /** A personal key that acts as its creator. */
  USER,
  /** A key of a dedicated service (bot) user scoped to spaces. */
  SERVICE,
  /** A value this version of the client does not know (sent by a newer server); never sent back. */
  UNKNOWN
}
