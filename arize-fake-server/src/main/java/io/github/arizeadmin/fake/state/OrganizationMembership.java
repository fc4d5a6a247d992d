package io.github.arizeadmin.fake.state;

/**
 * A user's membership in an organization.
 *
 * @param id global ID
 * @param userId the user
 * @param organizationId the organization
 * @param role the organization role
 */
public record OrganizationMembership(String id, String userId, String organizationId, OrganizationRole role) {
}
