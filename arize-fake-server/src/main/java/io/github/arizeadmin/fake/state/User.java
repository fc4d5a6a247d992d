package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * A user as the API shows it (service-key bots and deleted users are not users here).
 *
 * @param id global ID
 * @param name display name
 * @param email email address
 * @param role account role
 * @param status lifecycle state
 * @param developer the developer flag
 * @param createdAt creation time
 */
public record User(String id, String name, String email, UserRole role, UserStatus status, boolean developer,
    Instant createdAt) {
}
