package io.github.arizeadmin.fake.state;

/** Lifecycle state of a user (the contract's {@code UserStatus}). */
public enum UserStatus {
  ACTIVE,
  INVITED,
  EXPIRED
}
