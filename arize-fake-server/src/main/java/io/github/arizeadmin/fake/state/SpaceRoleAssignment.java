package io.github.arizeadmin.fake.state;

/** A space role: one of the predefined roles, or a custom role. */
public sealed interface SpaceRoleAssignment {
  /**
   * A predefined space role.
   *
   * @param role the role
   */
  record Predefined(UserSpaceRole role) implements SpaceRoleAssignment {
  }

  /**
   * A custom role.
   *
   * @param roleId the role's global ID
   * @param roleName its name
   */
  record Custom(String roleId, String roleName) implements SpaceRoleAssignment {
  }
}
