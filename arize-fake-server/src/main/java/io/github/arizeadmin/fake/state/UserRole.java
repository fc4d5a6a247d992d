package io.github.arizeadmin.fake.state;

/** Account-level predefined role (the contract's {@code UserRole}). */
public enum UserRole {
  ADMIN,
  MEMBER,
  ANNOTATOR
}
