package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * A space.
 *
 * @param id global ID
 * @param organizationId the organization it belongs to
 * @param name name, unique in the organization
 * @param description description ("" when none)
 * @param createdAt creation time
 */
public record Space(String id, String organizationId, String name, String description, Instant createdAt) {
}
