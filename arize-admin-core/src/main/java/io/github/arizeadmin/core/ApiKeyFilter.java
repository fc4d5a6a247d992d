package io.github.arizeadmin.core;

import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import java.util.Objects;

/**
 * The filters of {@code apiKeys().list(..)} and {@code listAll(..)}. Immutable; start from {@link
 * #defaults()} and narrow it:
 *
 * <pre>{@code
 * client.apiKeys().listAll(ApiKeyFilter.defaults().withKeyType(ApiKeyType.USER).withUser("jane@example.com"));
 * }</pre>
 *
 * <p>Defaults are the service's: no key type, no space and no user give <b>the caller's own user
 * keys</b>, and no status gives <b>ACTIVE keys only</b>. The service has no "any status": list ACTIVE
 * and REVOKED keys separately. With a space, the list holds that space's service keys.
 */
public final class ApiKeyFilter {
  private static final ApiKeyFilter DEFAULTS = new ApiKeyFilter(null, null, null, null);

  private final ApiKeyType keyType;
  private final ApiKeyStatus status;
  private final String space;
  private final String user;

  private ApiKeyFilter(ApiKeyType keyType, ApiKeyStatus status, String space, String user) {
    this.keyType = keyType;
    this.status = status;
    this.space = space;
    this.user = user;
  }

  /**
   * Returns the filter with the service's defaults: the caller's ACTIVE user keys.
   *
   * @return the default filter
   */
  public static ApiKeyFilter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this filter keeping one kind of key (sent as {@code key_type}).
   *
   * @param type USER or SERVICE, or {@code null} for the service's choice (user keys without a space,
   *     service keys with one)
   * @return a new filter
   * @throws IllegalArgumentException when the type is UNKNOWN (it cannot be sent)
   */
  public ApiKeyFilter withKeyType(ApiKeyType type) {
    if (type == ApiKeyType.UNKNOWN) {
      throw new IllegalArgumentException("API key type UNKNOWN cannot be sent to the server");
    }
    return new ApiKeyFilter(type, status, space, user);
  }

  /**
   * Returns this filter keeping one status (sent as {@code status}).
   *
   * @param wanted ACTIVE or REVOKED, or {@code null} for the default, ACTIVE
   * @return a new filter
   * @throws IllegalArgumentException when the status is UNKNOWN (it cannot be sent)
   */
  public ApiKeyFilter withStatus(ApiKeyStatus wanted) {
    if (wanted == ApiKeyStatus.UNKNOWN) {
      throw new IllegalArgumentException("API key status UNKNOWN cannot be sent to the server");
    }
    return new ApiKeyFilter(keyType, wanted, space, user);
  }

  /**
   * Returns this filter listing the service keys of one space (sent as {@code space_id}; a name is
   * resolved exactly first, with one lookup per listing).
   *
   * @param nameOrId the space's name or ID, or {@code null} for no space (user keys)
   * @return a new filter
   */
  public ApiKeyFilter withSpace(String nameOrId) {
    return new ApiKeyFilter(keyType, status, nameOrId, user);
  }

  /**
   * Returns this filter keeping one user's keys (sent as {@code user_id}; an email is resolved first,
   * with one lookup per listing). Without a space: that user's own keys (account admins only); with a
   * space: the service keys that user created.
   *
   * @param idOrEmail the user's ID or email, or {@code null} for the caller
   * @return a new filter
   */
  public ApiKeyFilter withUser(String idOrEmail) {
    return new ApiKeyFilter(keyType, status, space, idOrEmail);
  }

  ApiKeyType keyType() {
    return keyType;
  }

  ApiKeyStatus status() {
    return status;
  }

  String space() {
    return space;
  }

  String user() {
    return user;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeyFilter filter && filter.keyType == keyType && filter.status == status
        && Objects.equals(filter.space, space) && Objects.equals(filter.user, user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyType, status, space, user);
  }

  @Override
  public String toString() {
    return "ApiKeyFilter{keyType=" + keyType + ", status=" + (status == null ? "ACTIVE (default)" : status)
        + ", space=" + space + ", user=" + user + "}";
  }
}
