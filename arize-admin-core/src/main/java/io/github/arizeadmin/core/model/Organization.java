package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An organization of the account.
 *
 * @param id the organization's global ID
 * @param name its name, unique in the account
 * @param description its description ({@code ""} when none)
 * @param createdAt when it was created
 */
public record Organization(String id, String name, String description, Instant createdAt) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param name the name
   * @param description the description
   * @param createdAt the creation time
   */
  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }

  /**
   * Returns the wire JSON of this organization.
   *
   * @return a JSON object with {@code id}, {@code name}, {@code description}, {@code created_at}
   */
  public String toJson() {
    return Json.object().field("id", id).field("name", name).field("description", description)
        .field("created_at", createdAt).end();
  }
}
