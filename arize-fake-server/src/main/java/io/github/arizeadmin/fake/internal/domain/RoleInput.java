package io.github.arizeadmin.fake.internal.domain;

/**
 * A role as a request names it: a predefined role of the level, or a custom role by ID.
 *
 * @param predefined the predefined role, or null
 * @param customId the custom role's global ID, or null
 * @param <E> the level's predefined roles
 */
public record RoleInput<E extends Enum<E>>(E predefined, String customId) {
  /**
   * @param role a predefined role
   * @param <E> its type
   * @return the input
   */
  public static <E extends Enum<E>> RoleInput<E> predefined(E role) {
    return new RoleInput<>(role, null);
  }

  /**
   * @param roleId a custom role's global ID
   * @param <E> the level's type
   * @return the input
   */
  public static <E extends Enum<E>> RoleInput<E> custom(String roleId) {
    return new RoleInput<>(null, roleId);
  }

  /** @return whether it names a custom role */
  public boolean isCustom() {
    return predefined == null;
  }
}
