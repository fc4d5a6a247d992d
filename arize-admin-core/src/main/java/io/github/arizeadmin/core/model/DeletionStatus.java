package io.github.arizeadmin.core.model;

/** The outcome of one item of {@code users().bulkDelete}. */
public enum DeletionStatus {
  /** The user was deleted. */
  DELETED,
  /** The delete request failed; see the error. */
  FAILED,
  /** The email matched no user; nothing was sent. */
  NOT_FOUND
}
