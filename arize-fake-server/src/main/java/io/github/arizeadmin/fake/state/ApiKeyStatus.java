package io.github.arizeadmin.fake.state;

/** Lifecycle state of an API key (the contract's {@code ApiKeyStatus}). */
public enum ApiKeyStatus {
  ACTIVE,
  REVOKED
}
