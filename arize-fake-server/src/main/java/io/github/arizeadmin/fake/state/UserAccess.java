package io.github.arizeadmin.fake.state;

import java.util.List;

/**
 * Everything a user holds: organization and space memberships (with their roles), role bindings,
 * and the API keys the user created (their own USER keys and the SERVICE keys they made; never a
 * raw key).
 *
 * @param user the user
 * @param organizationMemberships the organizations the user is a member of, oldest first
 * @param spaceMemberships the spaces the user is a member of, oldest first
 * @param roleBindings the user's role bindings (those holding CUSTOM space memberships included)
 * @param apiKeys the keys the user created, with their status at the moment of the snapshot
 */
public record UserAccess(User user, List<OrganizationMembership> organizationMemberships,
    List<SpaceMembership> spaceMemberships, List<RoleBinding> roleBindings, List<ApiKey> apiKeys) {
  /**
   * Copies the lists.
   *
   * @param user the user
   * @param organizationMemberships organization memberships
   * @param spaceMemberships space memberships
   * @param roleBindings role bindings
   * @param apiKeys API keys
   */
  public UserAccess {
    organizationMemberships = List.copyOf(organizationMemberships);
    spaceMemberships = List.copyOf(spaceMemberships);
    roleBindings = List.copyOf(roleBindings);
    apiKeys = List.copyOf(apiKeys);
  }
}
