package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * An organization.
 *
 * @param id global ID
 * @param name name, unique in the account
 * @param description description ("" when none)
 * @param createdAt creation time
 */
public record Organization(String id, String name, String description, Instant createdAt) {
}
