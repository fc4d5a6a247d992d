package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.ServiceKeyOrgAssignment;
import io.github.arizeadmin.api.generated.model.ServiceKeySpaceAssignment;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import io.github.arizeadmin.core.model.ServiceKeySpace;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * API keys (the Python SDK's {@code client.api_keys}): user keys that act as their creator, and
 * service keys of a dedicated bot user scoped to spaces. The raw key is returned once, by create and
 * refresh. There is no get or delete: revoke instead.
 *
 * <p>Every method may throw an {@link io.github.arizeadmin.core.errors.ArizeApiException} subclass.
 */
public final class ApiKeysClient {
  /** The longest grace period of a refresh: one day. */
  public static final Duration MAX_GRACE_PERIOD = Duration.ofSeconds(86_400);

  private final ClientContext context;
  private final RequestOptions options;

  ApiKeysClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public ApiKeysClient withOptions(RequestOptions requestOptions) {
    return new ApiKeysClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists the first page of the caller's active user keys (50 per page).
   *
   * @return the page
   */
  public Page<ApiKey> list() {
    return list(null, null, null, null, 50, null);
  }

  /**
   * Lists one page of keys. Without a space: user keys (the caller's, or {@code user}'s for an account
   * admin); with a space: that space's service keys. Status defaults to ACTIVE on the server.
   *
   * @param keyType user or service keys, or {@code null}
   * @param status active or revoked, or {@code null} for the server's default (ACTIVE)
   * @param space a space's name or ID, or {@code null}
   * @param user a user's ID or email, or {@code null}
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   */
  public Page<ApiKey> list(io.github.arizeadmin.core.model.ApiKeyType keyType, ApiKeyStatus status, String space,
      String user, int limit, String cursor) {
    ClientContext.checkLimit(limit);
    PreRelease.beta("apiKeys.list");
    Resolver resolver = resolver();
    String spaceId = space == null ? null : resolver.spaceId(space, null);
    String userId = user == null ? null : resolver.userId(user);
    return context.apiKeys(options, keyType, status, spaceId, userId, limit, cursor);
  }

  /**
   * Iterates every key matching the filters, lazily across pages (names are resolved once, at the first page).
   *
   * @param keyType user or service keys, or {@code null}
   * @param status active or revoked, or {@code null}
   * @param space a space's name or ID, or {@code null}
   * @param user a user's ID or email, or {@code null}
   * @return the iterable
   */
  public PageIterable<ApiKey> listAll(io.github.arizeadmin.core.model.ApiKeyType keyType, ApiKeyStatus status,
      String space, String user) {
    AtomicReference<String> spaceId = new AtomicReference<>();
    AtomicReference<String> userId = new AtomicReference<>();
    return PageIterable.of((cursor, limit) -> {
      PreRelease.beta("apiKeys.list");
      Resolver resolver = resolver();
      String resolvedSpace = space == null ? null
          : spaceId.updateAndGet(known -> known != null ? known : resolver.spaceId(space, null));
      String resolvedUser = user == null ? null
          : userId.updateAndGet(known -> known != null ? known : resolver.userId(user));
      return context.apiKeys(options, keyType, status, resolvedSpace, resolvedUser, limit, cursor);
    });
  }

  /**
   * Creates a user key that never expires.
   *
   * @param name the key's name
   * @return the key, with its raw secret
   */
  public CreatedApiKey create(String name) {
    return create(name, null, null);
  }

  /**
   * Creates a user key: it acts as the caller, who needs the developer flag.
   *
   * @param name the key's name, up to 256 characters
   * @param description the description, or {@code null}
   * @param expiresAt when it expires (in the future), or {@code null} for never
   * @return the key, with its raw secret
   * @throws IllegalArgumentException when the name is blank
   */
  public CreatedApiKey create(String name, String description, Instant expiresAt) {
    Resolver.requireText(name, "name");
    PreRelease.beta("apiKeys.create");
    CreateUserApiKeyRequest body = new CreateUserApiKeyRequest().keyType(ApiKeyType.USER).name(name)
        .description(description).expiresAt(Convert.offset(expiresAt));
    return Convert.created(context.transport().call(Endpoint.CREATE_API_KEY, options,
        () -> context.api().apiKeys().createApiKey(body)));
  }

  /**
   * Creates a service key with the server's default roles and no expiry.
   *
   * @param name the key's name
   * @param organizations the scope: at least one organization, each with at least one space
   * @return the key, with its raw secret and its bot user
   */
  public CreatedApiKey createServiceKey(String name, List<ServiceKeyOrganization> organizations) {
    return createServiceKey(name, organizations, null, null, null);
  }

  /**
   * Creates a service key. Every organization and space name is resolved before anything is sent
   * (space names within their organization), so a bad name fails early.
   *
   * @param name the key's name, up to 256 characters
   * @param organizations the scope: at least one organization, each with at least one space
   * @param accountRole the bot user's account role, or {@code null} for MEMBER
   * @param description the description, or {@code null}
   * @param expiresAt when it expires, or {@code null} for never
   * @return the key, with its raw secret and its bot user
   * @throws IllegalArgumentException when the name is blank or the scope is empty
   */
  public CreatedApiKey createServiceKey(String name, List<ServiceKeyOrganization> organizations,
      AccountRole accountRole, String description, Instant expiresAt) {
    Resolver.requireText(name, "name");
    if (organizations == null || organizations.isEmpty()) {
      throw new IllegalArgumentException("A service key needs at least one organization with one space");
    }
    PreRelease.beta("apiKeys.createServiceKey");
    Resolver resolver = resolver();
    List<ServiceKeyOrgAssignment> scope = new ArrayList<>();
    for (ServiceKeyOrganization organization : organizations) {
      String organizationId = resolver.organizationId(organization.organization());
      List<ServiceKeySpaceAssignment> spaces = new ArrayList<>();
      for (ServiceKeySpace space : organization.spaces()) {
        spaces.add(new ServiceKeySpaceAssignment().spaceId(resolver.spaceId(space.space(), organizationId))
            .role(space.role().map(Convert::wire).orElse(null)));
      }
      scope.add(new ServiceKeyOrgAssignment().orgId(organizationId)
          .role(organization.role().map(Convert::wire).orElse(null)).spaces(spaces));
    }
    CreateServiceApiKeyRequest body = new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE).name(name)
        .description(description).expiresAt(Convert.offset(expiresAt))
        .accountRole(accountRole == null ? null : Convert.wire(accountRole)).organizations(scope);
    return Convert.created(context.transport().call(Endpoint.CREATE_API_KEY, options,
        () -> context.api().apiKeys().createApiKey(body)));
  }

  /**
   * Revokes a key; it stops working at once. Revoking a revoked key succeeds.
   *
   * @param apiKeyId the key's ID
   */
  public void revoke(String apiKeyId) {
    Resolver.requireText(apiKeyId, "apiKeyId");
    PreRelease.beta("apiKeys.revoke");
    context.transport().run(Endpoint.REVOKE_API_KEY, options, () -> context.api().apiKeys().revokeApiKey(apiKeyId));
  }

  /**
   * Replaces a key that never expires by a new one (new ID, same name and scope) and revokes the old
   * one at once.
   *
   * @param apiKeyId the key's ID
   * @return the new key, with its raw secret
   */
  public CreatedApiKey refresh(String apiKeyId) {
    return refresh(apiKeyId, null, null);
  }

  /**
   * Replaces a key by a new one in one step. Sends a body even when empty ({@code {}}), as the SDK does.
   *
   * @param apiKeyId the key's ID
   * @param expiresAt the new key's expiry; required when the old key expires, and not after it
   * @param gracePeriod how long the old key keeps working (0 to 1 day), or {@code null} for none
   * @return the new key, with its raw secret
   * @throws IllegalArgumentException when the grace period is negative or longer than a day
   */
  public CreatedApiKey refresh(String apiKeyId, Instant expiresAt, Duration gracePeriod) {
    Resolver.requireText(apiKeyId, "apiKeyId");
    if (gracePeriod != null && (gracePeriod.isNegative() || gracePeriod.compareTo(MAX_GRACE_PERIOD) > 0)) {
      throw new IllegalArgumentException("The grace period must be between 0 and 86400 seconds, was " + gracePeriod);
    }
    PreRelease.beta("apiKeys.refresh");
    RefreshApiKeyRequest body = new RefreshApiKeyRequest().expiresAt(Convert.offset(expiresAt))
        .gracePeriodSeconds(gracePeriod == null ? null : (int) gracePeriod.getSeconds());
    return Convert.refreshed(context.transport().call(Endpoint.REFRESH_API_KEY, options,
        () -> context.api().apiKeys().refreshApiKey(apiKeyId, body)));
  }

  @Override
  public String toString() {
    return "ApiKeysClient{options=" + options + "}";
  }
}
