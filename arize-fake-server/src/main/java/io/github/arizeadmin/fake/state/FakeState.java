package io.github.arizeadmin.fake.state;

import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of the fake's state in typed form, taken at one moment (later requests do
 * not change it). Every account's objects are in it, oldest first; service-key bots and deleted
 * users are not users here. Taking it copies the whole state: meant for tests, not for a fake
 * seeded with a million memberships.
 *
 * <pre>{@code
 * UserAccess jane = fake.state().user("jane@example.com").orElseThrow();
 * assertThat(jane.spaceMemberships()).extracting(SpaceMembership::role)
 *     .containsExactly(new SpaceRoleAssignment.Predefined(UserSpaceRole.MEMBER));
 * }</pre>
 *
 * @param users users
 * @param organizations organizations
 * @param spaces spaces
 * @param projects projects
 * @param customRoles custom roles (the four predefined roles exist in every account)
 * @param access what each user holds, in the order of {@code users}
 */
public record FakeState(List<User> users, List<Organization> organizations, List<Space> spaces,
    List<Project> projects, List<Role> customRoles, List<UserAccess> access) {
  /**
   * Copies the lists.
   *
   * @param users users
   * @param organizations organizations
   * @param spaces spaces
   * @param projects projects
   * @param customRoles custom roles
   * @param access what each user holds
   */
  public FakeState {
    users = List.copyOf(users);
    organizations = List.copyOf(organizations);
    spaces = List.copyOf(spaces);
    projects = List.copyOf(projects);
    customRoles = List.copyOf(customRoles);
    access = List.copyOf(access);
  }

  /**
   * What one user holds.
   *
   * @param idOrEmail the user's global ID, or email (any case; the first account's user when two
   *     accounts share the email)
   * @return the user's memberships, bindings and keys; empty when no such user
   */
  public Optional<UserAccess> user(String idOrEmail) {
    return access.stream().filter(a -> a.user().id().equals(idOrEmail)
        || a.user().email().equalsIgnoreCase(idOrEmail)).findFirst();
  }
}
