package io.github.arizeadmin.core.model;

import java.util.Objects;

/**
 * A user's membership in a space.
 *
 * @param id the membership record's ID
 * @param userId the user's ID
 * @param spaceId the space's ID
 * @param role the user's role in the space
 */
public record SpaceMembership(String id, String userId, String spaceId, SpaceRole role) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param userId the user
   * @param spaceId the space
   * @param role the role
   */
  public SpaceMembership {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(spaceId, "spaceId");
    Objects.requireNonNull(role, "role");
  }

  /**
   * Returns the wire JSON of this membership.
   *
   * @return a JSON object in the service's {@code SpaceMembership} shape
   */
  public String toJson() {
    return Json.object().field("id", id).field("user_id", userId).field("space_id", spaceId)
        .field("role", role).end();
  }
}
