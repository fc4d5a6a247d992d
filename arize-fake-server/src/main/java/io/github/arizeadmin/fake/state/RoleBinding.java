package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * One role granted to one user on one space or project.
 *
 * @param id global ID
 * @param roleId the role
 * @param userId the user
 * @param resourceType SPACE or PROJECT
 * @param resourceId the space or project
 * @param createdAt creation time
 * @param updatedAt last change
 */
public record RoleBinding(String id, String roleId, String userId, RoleBindingResourceType resourceType,
    String resourceId, Instant createdAt, Instant updatedAt) {
}
