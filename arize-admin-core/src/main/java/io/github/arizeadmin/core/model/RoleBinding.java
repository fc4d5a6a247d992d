package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One role assigned to one user on one space or project.
 *
 * @param id the binding's global ID
 * @param roleId the role's ID
 * @param userId the user's ID
 * @param resourceType {@link ResourceType#SPACE} or {@link ResourceType#PROJECT}
 * @param resourceId the space's or project's ID
 * @param createdAt when it was created
 * @param updatedAt when its role was last changed
 */
public record RoleBinding(String id, String roleId, String userId, ResourceType resourceType, String resourceId,
    Instant createdAt, Instant updatedAt) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param roleId the role
   * @param userId the user
   * @param resourceType the resource type
   * @param resourceId the resource
   * @param createdAt the creation time
   * @param updatedAt the last change
   */
  public RoleBinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resourceType, "resourceType");
  }

  /**
   * Returns the wire JSON of this binding.
   *
   * @return a JSON object in the service's {@code RoleBinding} shape
   */
  public String toJson() {
    return Json.object().field("id", id).field("role_id", roleId).field("user_id", userId)
        .field("resource_type", resourceType).field("resource_id", resourceId).field("created_at", createdAt)
        .field("updated_at", updatedAt).end();
  }
}
