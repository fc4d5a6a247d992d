package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * A project.
 *
 * @param id global ID
 * @param spaceId its space
 * @param name name, unique in the space
 * @param createdAt creation time
 */
public record Project(String id, String spaceId, String name, Instant createdAt) {
}
