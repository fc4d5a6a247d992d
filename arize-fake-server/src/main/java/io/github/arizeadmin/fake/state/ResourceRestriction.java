package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * A restricted project: only role bindings on the project itself grant access to it.
 *
 * @param projectId the project
 * @param createdAt when it was restricted
 */
public record ResourceRestriction(String projectId, Instant createdAt) {
}
