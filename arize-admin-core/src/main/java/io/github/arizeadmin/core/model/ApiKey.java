package io.github.arizeadmin.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of an API key (never its secret).
 *
 * @param id the key's global ID
 * @param name its name
 * @param description its description, when it has one
 * @param keyType user or service key
 * @param status active or revoked
 * @param redactedKey the display form, such as {@code ak-abc...xyz}
 * @param createdAt when it was created
 * @param expiresAt when it expires; empty for a key that never expires
 * @param createdByUserId the ID of the user who created it
 * @param lastUsedAt when it was last used (approximate), if ever
 */
public record ApiKey(String id, String name, Optional<String> description, ApiKeyType keyType, ApiKeyStatus status,
    String redactedKey, Instant createdAt, Optional<Instant> expiresAt, String createdByUserId,
    Optional<Instant> lastUsedAt) {
  /**
   * Checks the fields.
   *
   * @param id the ID
   * @param name the name
   * @param description the description
   * @param keyType the type
   * @param status the status
   * @param redactedKey the redacted key
   * @param createdAt the creation time
   * @param expiresAt the expiry
   * @param createdByUserId the creator
   * @param lastUsedAt the last use
   */
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
  }

  /**
   * Returns the wire JSON of this key's metadata.
   *
   * @return a JSON object in the service's {@code ApiKey} shape
   */
  public String toJson() {
    return json().end();
  }

  Json json() {
    return Json.object().field("id", id).field("name", name).field("description", description)
        .field("key_type", keyType).field("status", status).field("redacted_key", redactedKey)
        .field("created_at", createdAt).field("expires_at", expiresAt).field("created_by_user_id", createdByUserId)
        .field("last_used_at", lastUsedAt);
  }
}
