package io.github.arizeadmin.fake.state;

import java.time.Instant;

/**
 * An API key's metadata; the raw key is never part of it.
 *
 * @param id global ID
 * @param name display name
 * @param description description ("" when none)
 * @param type USER or SERVICE
 * @param status ACTIVE or REVOKED, as of the moment it was read
 * @param redactedKey display form of the key
 * @param createdAt creation time
 * @param expiresAt expiry, or null
 * @param createdByUserId the user who created it
 * @param lastUsedAt when it last authenticated a request, or null
 */
public record ApiKey(String id, String name, String description, ApiKeyType type, ApiKeyStatus status,
    String redactedKey, Instant createdAt, Instant expiresAt, String createdByUserId, Instant lastUsedAt) {
}
