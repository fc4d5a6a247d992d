package io.github.arizeadmin.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The service (bot) user created for a service key, with the roles it was granted (defaults resolved).
 *
 * @param id the bot user's global ID
 * @param name its name (the key's name)
 * @param accountRole its account role
 * @param organizations its organization and space roles
 */
public record ServiceKeyBotUser(String id, String name, AccountRole accountRole, List<OrganizationAccess> organizations) {
  /**
   * Checks the fields and copies the list.
   *
   * @param id the ID
   * @param name the name
   * @param accountRole the account role
   * @param organizations the organizations
   */
  public ServiceKeyBotUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountRole, "accountRole");
    organizations = List.copyOf(organizations);
  }

  /**
   * Returns the wire JSON of this bot user.
   *
   * @return a JSON object in the service's {@code ServiceKeyBotUser} shape
   */
  public String toJson() {
    return json().end();
  }

  Json json() {
    return Json.object().field("id", id).field("name", name).field("account_role", accountRole)
        .field("organizations", organizations.stream().map(OrganizationAccess::json).toList());
  }

  /**
   * The bot user's role in one organization and its spaces.
   *
   * @param organizationId the organization's ID
   * @param role the organization role
   * @param spaces the space roles
   */
  public record OrganizationAccess(String organizationId, OrganizationRole role, List<SpaceAccess> spaces) {
    /**
     * Checks the fields and copies the list.
     *
     * @param organizationId the organization
     * @param role the role
     * @param spaces the spaces
     */
    public OrganizationAccess {
      Objects.requireNonNull(organizationId, "organizationId");
      Objects.requireNonNull(role, "role");
      spaces = List.copyOf(spaces);
    }

    /**
     * Returns the wire JSON of this assignment.
     *
     * @return a JSON object with {@code org_id}, {@code role}, {@code spaces}
     */
    public String toJson() {
      return json().end();
    }

    Json json() {
      return Json.object().field("org_id", organizationId).field("role", role)
          .field("spaces", spaces.stream().map(SpaceAccess::json).toList());
    }
  }

  /**
   * The bot user's role in one space.
   *
   * @param spaceId the space's ID
   * @param role the space role
   */
  public record SpaceAccess(String spaceId, SpaceRole role) {
    /**
     * Checks the fields.
     *
     * @param spaceId the space
     * @param role the role
     */
    public SpaceAccess {
      Objects.requireNonNull(spaceId, "spaceId");
      Objects.requireNonNull(role, "role");
    }

    /**
     * Returns the wire JSON of this assignment.
     *
     * @return a JSON object with {@code space_id} and {@code role}
     */
    public String toJson() {
      return json().end();
    }

    Json json() {
      return Json.object().field("space_id", spaceId).field("role", role);
    }
  }
}
