package io.github.arizeadmin.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One organization of a new service key's scope (the Python SDK's {@code OrgBinding}): the
 * organization, the bot user's role in it, and at least one of its spaces.
 *
 * @param organization the organization's name or ID
 * @param role the organization role; empty for the server's default ({@code READ_ONLY})
 * @param spaces the spaces, at least one, each belonging to this organization
 */
public record ServiceKeyOrganization(String organization, Optional<OrganizationRole> role, List<ServiceKeySpace> spaces) {
  /**
   * Checks the fields and copies the list.
   *
   * @param organization the organization
   * @param role the role, or empty
   * @param spaces the spaces
   * @throws IllegalArgumentException when the organization is blank or there is no space
   */
  public ServiceKeyOrganization {
    if (organization == null || organization.isBlank()) {
      throw new IllegalArgumentException("A service key organization needs a name or an ID");
    }
    Objects.requireNonNull(role, "role");
    spaces = List.copyOf(spaces);
    if (spaces.isEmpty()) {
      throw new IllegalArgumentException("A service key organization needs at least one space");
    }
  }

  /**
   * Returns an organization scope with the default organization role.
   *
   * @param organization the organization's name or ID
   * @param spaces the spaces, at least one
   * @return the scope
   */
  public static ServiceKeyOrganization of(String organization, ServiceKeySpace... spaces) {
    return new ServiceKeyOrganization(organization, Optional.empty(), List.of(spaces));
  }

  /**
   * Returns an organization scope with an explicit organization role.
   *
   * @param organization the organization's name or ID
   * @param role the organization role (predefined, not above the caller's, not {@code ANNOTATOR})
   * @param spaces the spaces, at least one
   * @return the scope
   */
  public static ServiceKeyOrganization of(String organization, OrganizationRole role, ServiceKeySpace... spaces) {
    return new ServiceKeyOrganization(organization, Optional.of(role), List.of(spaces));
  }

  /**
   * Returns the JSON of this scope as given (names are not resolved).
   *
   * @return a JSON object with {@code organization}, {@code role} when set, and {@code spaces}
   */
  public String toJson() {
    return Json.object().field("organization", organization).field("role", role)
        .field("spaces", spaces.stream().map(ServiceKeySpace::json).toList()).end();
  }
}
