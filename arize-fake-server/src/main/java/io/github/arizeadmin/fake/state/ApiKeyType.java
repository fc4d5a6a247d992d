package io.github.arizeadmin.fake.state;

/** USER keys act as their creator; SERVICE keys act as a bot user (the contract's {@code ApiKeyType}). */
public enum ApiKeyType {
  USER,
  SERVICE
}
