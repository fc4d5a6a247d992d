package io.github.arizeadmin.core.model;

import java.util.Objects;

/**
 * What the workspace's {@code removeSpaceMember} removed a user from (the toolkit's
 * {@code {space_id, space_name}}).
 *
 * @param spaceId the space's ID
 * @param spaceName the space's name
 */
public record SpaceMemberRemoval(String spaceId, String spaceName) {
  /**
   * Checks the fields.
   *
   * @param spaceId the space
   * @param spaceName its name
   */
  public SpaceMemberRemoval {
    Objects.requireNonNull(spaceId, "spaceId");
    Objects.requireNonNull(spaceName, "spaceName");
  }

  /**
   * Returns the JSON of this result.
   *
   * @return a JSON object with {@code space_id} and {@code space_name}
   */
  public String toJson() {
    return Json.object().field("space_id", spaceId).field("space_name", spaceName).end();
  }
}
