package io.github.arizeadmin.core;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.ServiceKeyOrganization;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A new service key for {@code apiKeys().createServiceKey(request)}: its name and scope, and the
 * optional account role, description and expiry. Immutable; start from {@link #of(String, List)}:
 *
 * <pre>{@code
 * client.apiKeys().createServiceKey(ServiceKeyRequest.of("pipeline",
 *         List.of(ServiceKeyOrganization.of("Acme", ServiceKeySpace.of("team-alpha", SpaceRole.custom("Data Scientist")))))
 *     .withDescription("nightly ingest").withExpiresAt(Instant.parse("2027-01-01T00:00:00Z")));
 * }</pre>
 *
 * <p>Defaults: the bot user's account role is the service's ({@code MEMBER}), no description, and the
 * key never expires. The organization and space roles default as {@link ServiceKeyOrganization} says.
 */
public final class ServiceKeyRequest {
  private final String name;
  private final List<ServiceKeyOrganization> organizations;
  private final AccountRole accountRole;
  private final String description;
  private final Instant expiresAt;

  private ServiceKeyRequest(String name, List<ServiceKeyOrganization> organizations, AccountRole accountRole,
      String description, Instant expiresAt) {
    this.name = name;
    this.organizations = organizations;
    this.accountRole = accountRole;
    this.description = description;
    this.expiresAt = expiresAt;
  }

  /**
   * Starts a request.
   *
   * @param name the key's name, up to 256 characters
   * @param organizations the scope: at least one organization, each with at least one space
   * @return the request, with the defaults
   * @throws IllegalArgumentException when the name is blank or the scope is empty
   */
  public static ServiceKeyRequest of(String name, List<ServiceKeyOrganization> organizations) {
    Resolver.requireText(name, "name");
    if (organizations == null || organizations.isEmpty()) {
      throw new IllegalArgumentException("A service key needs at least one organization with one space");
    }
    return new ServiceKeyRequest(name, List.copyOf(organizations), null, null, null);
  }

  /**
   * Returns this request with an account role for the bot user.
   *
   * @param role a predefined account role not above the caller's ({@code ANNOTATOR} and custom roles
   *     are refused with 422), or {@code null} for the default, {@code MEMBER}
   * @return a new request
   */
  public ServiceKeyRequest withAccountRole(AccountRole role) {
    return new ServiceKeyRequest(name, organizations, role, description, expiresAt);
  }

  /**
   * Returns this request with a description.
   *
   * @param text the description, or {@code null} for none
   * @return a new request
   */
  public ServiceKeyRequest withDescription(String text) {
    return new ServiceKeyRequest(name, organizations, accountRole, text, expiresAt);
  }

  /**
   * Returns this request with an expiry.
   *
   * @param time when the key stops working (in the future), or {@code null} for never
   * @return a new request
   */
  public ServiceKeyRequest withExpiresAt(Instant time) {
    return new ServiceKeyRequest(name, organizations, accountRole, description, time);
  }

  String name() {
    return name;
  }

  List<ServiceKeyOrganization> organizations() {
    return organizations;
  }

  AccountRole accountRole() {
    return accountRole;
  }

  String description() {
    return description;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceKeyRequest request && request.name.equals(name)
        && request.organizations.equals(organizations) && Objects.equals(request.accountRole, accountRole)
        && Objects.equals(request.description, description) && Objects.equals(request.expiresAt, expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, organizations, accountRole, description, expiresAt);
  }

  @Override
  public String toString() {
    return "ServiceKeyRequest{name=" + name + ", organizations=" + organizations + ", accountRole=" + accountRole
        + ", description=" + description + ", expiresAt=" + expiresAt + "}";
  }
}
