package io.github.arizeadmin.core;

import io.github.arizeadmin.core.model.Permission;
import java.util.List;
import java.util.Objects;

/**
 * What {@code roles().update(role, changes)} changes in a custom role: its name, its permissions (the
 * whole set is replaced) and its description, in the order {@code roles().create} takes them. Anything
 * not set is kept. Immutable; start from the first change and add the others:
 *
 * <pre>{@code
 * client.roles().update("Auditor", RoleUpdate.permissions(List.of(Permission.USER_READ)).withDescription("reads users"));
 * }</pre>
 */
public final class RoleUpdate {
  private final String name;
  private final List<Permission> permissions;
  private final String description;

  private RoleUpdate(String name, List<Permission> permissions, String description) {
    this.name = name;
    this.permissions = permissions;
    this.description = description;
  }

  /**
   * Returns a change of the role's name.
   *
   * @param newName the new name, unique in the account
   * @return the change
   * @throws IllegalArgumentException when the name is {@code null} or blank
   */
  public static RoleUpdate name(String newName) {
    return new RoleUpdate(null, null, null).withName(newName);
  }

  /**
   * Returns a change of the role's permissions: the given set replaces the old one.
   *
   * @param newPermissions at least one known permission
   * @return the change
   * @throws IllegalArgumentException when the list is empty or holds {@code null} or UNKNOWN
   */
  public static RoleUpdate permissions(List<Permission> newPermissions) {
    return new RoleUpdate(null, null, null).withPermissions(newPermissions);
  }

  /**
   * Returns a change of the role's description.
   *
   * @param newDescription the new description ({@code ""} clears it)
   * @return the change
   */
  public static RoleUpdate description(String newDescription) {
    return new RoleUpdate(null, null, null).withDescription(newDescription);
  }

  /**
   * Returns these changes with a new name as well.
   *
   * @param newName the new name, unique in the account
   * @return new changes
   * @throws IllegalArgumentException when the name is {@code null} or blank
   */
  public RoleUpdate withName(String newName) {
    return new RoleUpdate(Resolver.requireText(newName, "name"), permissions, description);
  }

  /**
   * Returns these changes with new permissions as well (replacing the whole set).
   *
   * @param newPermissions at least one known permission
   * @return new changes
   * @throws IllegalArgumentException when the list is empty or holds {@code null} or UNKNOWN
   */
  public RoleUpdate withPermissions(List<Permission> newPermissions) {
    return new RoleUpdate(name, RolesClient.requirePermissions(newPermissions), description);
  }

  /**
   * Returns these changes with a new description as well.
   *
   * @param newDescription the new description ({@code ""} clears it)
   * @return new changes
   */
  public RoleUpdate withDescription(String newDescription) {
    return new RoleUpdate(name, permissions, Objects.requireNonNull(newDescription, "newDescription"));
  }

  String name() {
    return name;
  }

  List<Permission> permissions() {
    return permissions;
  }

  String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoleUpdate update && Objects.equals(update.name, name)
        && Objects.equals(update.permissions, permissions) && Objects.equals(update.description, description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, permissions, description);
  }

  @Override
  public String toString() {
    return "RoleUpdate{name=" + name + ", permissions=" + permissions + ", description=" + description + "}";
  }
}
