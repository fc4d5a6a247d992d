package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A newly issued API key: its metadata and the raw secret, returned this once (by {@code create},
 * {@code createServiceKey} and {@code refresh}). The secret is redacted from {@link #toString()}.
 *
 * @param apiKey the key's metadata
 * @param key the raw key; store it now, it cannot be read again
 * @param botUser for a new service key, the service (bot) user that acts for it; empty otherwise
 */
public record CreatedApiKey(ApiKey apiKey, String key, Optional<ServiceKeyBotUser> botUser) {
  /**
   * Checks the fields.
   *
   * @param apiKey the metadata
   * @param key the raw key
   * @param botUser the bot user, or empty
   */
  public CreatedApiKey {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(botUser, "botUser");
  }

  /**
   * Returns the key's ID.
   *
   * @return the ID
   */
  public String id() {
    return apiKey.id();
  }

  /**
   * Returns the wire JSON, raw key included (this is how a caller stores it; keep it secret).
   *
   * @return a JSON object in the service's {@code UserApiKeyCreated}, {@code ServiceApiKeyCreated} or
   *     {@code RefreshApiKeyResponse} shape
   */
  public String toJson() {
    return apiKey.json().field("key", key).field("bot_user", botUser.map(ServiceKeyBotUser::json)).end();
  }

  @Override
  public String toString() {
    return "CreatedApiKey[apiKey=" + apiKey + ", key=***, botUser=" + botUser + "]";
  }
}
