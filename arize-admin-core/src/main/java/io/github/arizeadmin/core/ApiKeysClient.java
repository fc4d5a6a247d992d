package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.ApiKeyType;
import io.github.arizeadmin.api.generated.model.CreateServiceApiKeyRequest;
import io.github.arizeadmin.api.generated.model.CreateUserApiKeyRequest;
import io.github.arizeadmin.api.generated.model.RefreshApiKeyRequest;
import io.github.arizeadmin.api.generated.model.ServiceKeyOrgAssignment;
import io.github.arizeadmin.api.generated.model.ServiceKeySpaceAssignment;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ApiKey;
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

/**
 * API keys (the Python SDK's {@code client.api_keys}): user keys that act as their creator, and
 * service keys of a dedicated bot user scoped to spaces. The raw key is returned once, by create and
 * refresh. There is no get or delete: revoke instead.
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass.
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
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
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
   * Lists the first page of the caller's ACTIVE user keys ({@value PageIterable#DEFAULT_PAGE_SIZE} per
   * page). Sends one {@code GET /v2/api-keys}.
   *
   * @return the page
   */
  public Page<ApiKey> list() {
    return list(ApiKeyFilter.defaults(), PageIterable.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * Lists one page of keys. Sends one {@code GET /v2/api-keys}, after the lookups of a space name and
   * an email.
   *
   * @param filter the key type, status, space and user filters; {@link ApiKeyFilter#defaults()} lists
   *     the caller's ACTIVE user keys
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range (before any request)
   * @throws ForbiddenException when a non-admin lists another user's keys, or the caller is neither a
   *     developer nor an account admin
   * @throws NameNotFoundException when the space's name or the email matches nothing
   */
  public Page<ApiKey> list(ApiKeyFilter filter, int limit, String cursor) {
    Objects.requireNonNull(filter, "filter");
    ClientContext.checkLimit(limit);
    context.beta("apiKeys.list");
    Resolver resolver = resolver();
    String spaceId = filter.space() == null ? null : resolver.spaceId(filter.space(), null);
    String userId = filter.user() == null ? null : resolver.userId(filter.user());
    return context.apiKeys(options, filter.keyType(), filter.status(), spaceId, userId, limit, cursor);
  }

  /**
   * Iterates the caller's ACTIVE user keys, lazily: one {@code GET /v2/api-keys} per page, from the
   * first item asked for.
   *
   * @return the iterable
   */
  public PageIterable<ApiKey> listAll() {
    return listAll(ApiKeyFilter.defaults());
  }

  /**
   * Iterates every key matching the filters, lazily: a space name and an email are looked up once,
   * when the first page is fetched, then one {@code GET /v2/api-keys} per page.
   *
   * <pre>{@code
   * client.apiKeys().listAll(ApiKeyFilter.defaults().withKeyType(ApiKeyType.USER).withUser("jane@example.com"));
   * }</pre>
   *
   * @param filter the key type, status, space and user filters; {@link ApiKeyFilter#defaults()} lists
   *     the caller's ACTIVE user keys
   * @return the iterable
   */
  public PageIterable<ApiKey> listAll(ApiKeyFilter filter) {
    Objects.requireNonNull(filter, "filter");
    Once<String> spaceId = new Once<>(() -> filter.space() == null ? null : resolver().spaceId(filter.space(), null));
    Once<String> userId = new Once<>(() -> filter.user() == null ? null : resolver().userId(filter.user()));
    return PageIterable.of((cursor, limit) -> {
      context.beta("apiKeys.list");
      return context.apiKeys(options, filter.keyType(), filter.status(), spaceId.get(), userId.get(), limit, cursor);
    });
  }

  /**
   * Creates a user key that never expires. Sends what {@link #create(String, String, Instant)} sends.
   *
   * @param name the key's name
   * @return the key, with its raw secret
   * @throws ForbiddenException when the caller is not a developer
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public CreatedApiKey create(String name) {
    return create(name, null, null);
  }

  /**
   * Creates a user key: it acts as the caller, who needs the developer flag. Sends one {@code POST
   * /v2/api-keys} (never retried: a repeat would issue a second key).
   *
   * @param name the key's name, up to 256 characters
   * @param description the description, or {@code null} for none
   * @param expiresAt when it expires (in the future), or {@code null} for never
   * @return the key, with its raw secret
   * @throws ForbiddenException when the caller is not a developer
   * @throws IllegalArgumentException when the name is blank (before any request)
   */
  public CreatedApiKey create(String name, String description, Instant expiresAt) {
    Resolver.requireText(name, "name");
    context.beta("apiKeys.create");
    CreateUserApiKeyRequest body = new CreateUserApiKeyRequest().keyType(ApiKeyType.USER).name(name)
        .description(description).expiresAt(Convert.offset(expiresAt));
    return Convert.created(context.transport().call(Endpoint.CREATE_API_KEY, options,
        () -> context.api().apiKeys().createApiKey(body)));
  }

  /**
   * Creates a service key with the default roles (account MEMBER, organization READ_ONLY, space
   * MEMBER, unless the scope sets them), no description and no expiry. Sends what {@link
   * #createServiceKey(ServiceKeyRequest)} sends.
   *
   * @param name the key's name
   * @param organizations the scope: at least one organization, each with at least one space
   * @return the key, with its raw secret and its bot user
   * @throws IllegalArgumentException when the name is blank or the scope is empty (before any request)
   */
  public CreatedApiKey createServiceKey(String name, List<ServiceKeyOrganization> organizations) {
    return createServiceKey(ServiceKeyRequest.of(name, organizations));
  }

  /**
   * Creates a service key: a dedicated bot user with the roles of the scope, and its key. Sends one
   * {@code POST /v2/api-keys} (never retried). Every organization, space and custom role name is
   * resolved before anything is sent (a space name within its organization, a role name by one scan
   * of the roles), so a bad name fails early and nothing is created.
   *
   * @param request the name, the scope, and the optional account role, description and expiry
   * @return the key, with its raw secret and its bot user
   * @throws NameNotFoundException when a name matches nothing
   * @throws AmbiguousNameException when a name matches several
   * @throws UnprocessableEntityException when a role is above the caller's, ANNOTATOR, or a custom
   *     account or organization role
   */
  public CreatedApiKey createServiceKey(ServiceKeyRequest request) {
    Objects.requireNonNull(request, "request");
    context.beta("apiKeys.createServiceKey");
    Resolver resolver = resolver();
    List<ServiceKeyOrgAssignment> scope = new ArrayList<>();
    for (ServiceKeyOrganization organization : request.organizations()) {
      String organizationId = resolver.organizationId(organization.organization());
      List<ServiceKeySpaceAssignment> spaces = new ArrayList<>();
      for (ServiceKeySpace space : organization.spaces()) {
        spaces.add(new ServiceKeySpaceAssignment().spaceId(resolver.spaceId(space.space(), organizationId))
            .role(space.role().map(role -> Convert.wire(role, resolver::roleId)).orElse(null)));
      }
      scope.add(new ServiceKeyOrgAssignment().orgId(organizationId)
          .role(organization.role().map(role -> Convert.wire(role, resolver::roleId)).orElse(null)).spaces(spaces));
    }
    AccountRole accountRole = request.accountRole();
    CreateServiceApiKeyRequest body = new CreateServiceApiKeyRequest().keyType(ApiKeyType.SERVICE)
        .name(request.name()).description(request.description()).expiresAt(Convert.offset(request.expiresAt()))
        .accountRole(accountRole == null ? null : Convert.wire(accountRole, resolver::roleId)).organizations(scope);
    return Convert.created(context.transport().call(Endpoint.CREATE_API_KEY, options,
        () -> context.api().apiKeys().createApiKey(body)));
  }

  /**
   * Revokes a key; it stops working at once. Revoking a revoked key succeeds. Sends one {@code PUT
   * /v2/api-keys/{api_key_id}/revoke}.
   *
   * @param apiKeyId the key's ID
   * @throws NotFoundException when no key has that ID, or it is another creator's service key
   * @throws IllegalArgumentException when the ID is blank (before any request)
   */
  public void revoke(String apiKeyId) {
    Resolver.requireText(apiKeyId, "apiKeyId");
    context.beta("apiKeys.revoke");
    context.transport().run(Endpoint.REVOKE_API_KEY, options, () -> context.api().apiKeys().revokeApiKey(apiKeyId));
  }

  /**
   * Replaces a key that never expires by a new one (new ID, same name and scope) and revokes the old
   * one at once. Sends what {@link #refresh(String, Instant, Duration)} sends.
   *
   * @param apiKeyId the key's ID
   * @return the new key, with its raw secret
   * @throws UnprocessableEntityException when the old key expires (give the new expiry then)
   */
  public CreatedApiKey refresh(String apiKeyId) {
    return refresh(apiKeyId, null, null);
  }

  /**
   * Replaces a key by a new one in one step. Sends one {@code POST /v2/api-keys/{api_key_id}/refresh}
   * (never retried: a repeat would revoke the new key), with a body even when empty ({@code {}}), as
   * the SDK does.
   *
   * @param apiKeyId the key's ID
   * @param expiresAt the new key's expiry; required when the old key expires, and not after it
   * @param gracePeriod how long the old key keeps working (0 to 1 day), or {@code null} for none
   * @return the new key, with its raw secret
   * @throws IllegalArgumentException when the grace period is negative or longer than a day (before
   *     any request)
   * @throws UnprocessableEntityException when the expiry is missing for an expiring key, or later than the old one
   * @throws NotFoundException when no key has that ID
   */
  public CreatedApiKey refresh(String apiKeyId, Instant expiresAt, Duration gracePeriod) {
    Resolver.requireText(apiKeyId, "apiKeyId");
    if (gracePeriod != null && (gracePeriod.isNegative() || gracePeriod.compareTo(MAX_GRACE_PERIOD) > 0)) {
      throw new IllegalArgumentException("The grace period must be between 0 and 86400 seconds, was " + gracePeriod);
    }
    context.beta("apiKeys.refresh");
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
