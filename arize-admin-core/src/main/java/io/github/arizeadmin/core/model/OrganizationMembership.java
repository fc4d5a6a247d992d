package io.github.arizeadmin.core.model;

import java.util.Objects;

/**
 * A user's membership in an organization.
 *
 * @param id the membership record's ID
 * @param userId the user's ID
 * @param organizationId the organization's ID
 * @param role the user's role in the organization
 */
public record OrganizationMembership(String id, String userId, String organizationId, OrganizationRole role) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param userId the user
   * @param organizationId the organization
   * @param role the role
   */
  public OrganizationMembership {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(role, "role");
  }

  /**
   * Returns the wire JSON of this membership.
   *
   * @return a JSON object in the service's {@code OrganizationMembership} shape
   */
  public String toJson() {
    return Json.object().field("id", id).field("user_id", userId).field("organization_id", organizationId)
        .field("role", role).end();
  }
}
