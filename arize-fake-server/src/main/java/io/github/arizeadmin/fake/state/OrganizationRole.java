package io.github.arizeadmin.fake.state;

/** Organization-level predefined role (the contract's {@code OrganizationRole}). */
public enum OrganizationRole {
  ADMIN,
  MEMBER,
  READ_ONLY,
  ANNOTATOR
}
