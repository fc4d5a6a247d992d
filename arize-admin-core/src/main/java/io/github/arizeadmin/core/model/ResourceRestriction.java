package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A restricted resource: only roles bound on the resource itself grant access to it.
 *
 * @param resourceType always {@link ResourceType#PROJECT} today
 * @param resourceId the restricted project's ID (a restriction has no ID of its own)
 * @param createdAt when it was restricted
 */
public record ResourceRestriction(ResourceType resourceType, String resourceId, Instant createdAt) {
  /**
   * Checks the fields.
   *
   * @param resourceType the type
   * @param resourceId the resource
   * @param createdAt the creation time
   */
  public ResourceRestriction {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
  }

  /**
   * Returns the wire JSON of this restriction.
   *
   * @return a JSON object with {@code resource_type}, {@code resource_id}, {@code created_at}
   */
  public String toJson() {
    return Json.object().field("resource_type", resourceType).field("resource_id", resourceId)
        .field("created_at", createdAt).end();
  }
}
