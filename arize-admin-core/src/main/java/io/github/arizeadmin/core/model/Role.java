package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An RBAC role of the account: predefined (immutable) or custom.
 *
 * @param id the role's global ID (stable unless the role is deleted and recreated)
 * @param name its name, unique in the account
 * @param description its description ({@code ""} when the server omits it)
 * @param permissions the permissions it grants
 * @param isPredefined whether it is a system role (cannot be updated or deleted)
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Role(String id, String name, String description, List<Permission> permissions, boolean isPredefined,
    Instant createdAt, Instant updatedAt) {
  /**
   * Checks the fields and copies the list.
   *
   * @param id the ID
   * @param name the name
   * @param description the description
   * @param permissions the permissions
   * @param isPredefined whether predefined
   * @param createdAt the creation time
   * @param updatedAt the last change
   */
  public Role {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    permissions = List.copyOf(permissions);
  }

  /**
   * Returns the wire JSON of this role.
   *
   * @return a JSON object in the service's {@code Role} shape
   */
  public String toJson() {
    return Json.object().field("id", id).field("name", name).field("description", description.isEmpty() ? null : description)
        .field("permissions", permissions).field("is_predefined", isPredefined)
        .field("created_at", createdAt).field("updated_at", updatedAt).end();
  }
}
