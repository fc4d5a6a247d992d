package io.github.arizeadmin.fake.state;

/**
 * A user's membership in a space.
 *
 * @param id global ID
 * @param userId the user
 * @param spaceId the space
 * @param role the space role: predefined, or a custom role (held as a role binding on the space)
 */
public record SpaceMembership(String id, String userId, String spaceId, SpaceRoleAssignment role) {
}
