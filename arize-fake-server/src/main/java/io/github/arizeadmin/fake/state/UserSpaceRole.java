package io.github.arizeadmin.fake.state;

/** Space-level predefined role (the contract's {@code UserSpaceRole}). */
public enum UserSpaceRole {
  ADMIN,
  MEMBER,
  READ_ONLY,
  ANNOTATOR
}
