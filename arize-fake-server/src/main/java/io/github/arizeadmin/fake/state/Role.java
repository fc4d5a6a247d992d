package io.github.arizeadmin.fake.state;

import java.time.Instant;
import java.util.List;

/**
 * A role: one of the four predefined roles, or a custom role of the account.
 *
 * @param id global ID
 * @param name name
 * @param description description ("" when none)
 * @param permissions what it grants, in the order given
 * @param predefined whether it is predefined
 * @param createdAt creation time
 * @param updatedAt last change
 */
public record Role(String id, String name, String description, List<Permission> permissions, boolean predefined,
    Instant createdAt, Instant updatedAt) {
  /**
   * Copies the permissions.
   *
   * @param id global ID
   * @param name name
   * @param description description
   * @param permissions permissions
   * @param predefined whether it is predefined
   * @param createdAt creation time
   * @param updatedAt last change
   */
  public Role {
    permissions = List.copyOf(permissions);
  }
}
