package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A project (called a model in older APIs) of a space.
 *
 * @param id the project's global ID
 * @param name its name, unique in its space
 * @param spaceId the ID of its space
 * @param createdAt when it was created
 */
public record Project(String id, String name, String spaceId, Instant createdAt) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param name the name
   * @param spaceId the space
   * @param createdAt the creation time
   */
  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns the wire JSON of this project.
   *
   * @return a JSON object with {@code id}, {@code name}, {@code space_id}, {@code created_at}
   */
  public String toJson() {
    return Json.object().field("id", id).field("name", name).field("space_id", spaceId).field("created_at", createdAt)
        .end();
  }
}
