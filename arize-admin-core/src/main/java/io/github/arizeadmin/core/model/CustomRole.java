package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A custom RBAC role used as a role assignment. Custom roles belong to the account, so this one value
 * serves every level: it is an {@link AccountRole}, an {@link OrganizationRole} and a {@link SpaceRole}.
 *
 * <p><b>Built by a caller</b>, it names the role by ID or by name ({@link #of(String)}, {@code
 * SpaceRole.custom(..)}). The client sends an ID as it is; a name is resolved to the role's ID just
 * before the write that carries it, by scanning the account's roles (one request per 100 roles, once
 * per call), and a name that matches no role or several raises {@code NameNotFoundException} or {@code
 * AmbiguousNameException} before anything is written. <b>Returned by the server</b>, it carries both
 * the ID and the display name.
 *
 * <p><b>Equality is on the ID</b> when there is one: {@code SpaceRole.custom(id)} equals the role the
 * server returns for that ID with its name. A role known only by its name equals another known only
 * by the same name, and never a role with an ID.
 *
 * @param id the role's ID, when known
 * @param name the role's display name, when known (the server sends it back; it is never sent)
 */
public record CustomRole(Optional<String> id, Optional<String> name)
    implements AccountRole, OrganizationRole, SpaceRole {

  /**
   * Checks the fields.
   *
   * @param id the ID, or empty
   * @param name the name, or empty
   * @throws IllegalArgumentException when both are empty or one is blank
   */
  public CustomRole {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isEmpty() && name.isEmpty()) {
      throw new IllegalArgumentException("A custom role needs an ID or a name");
    }
    if (id.filter(String::isBlank).isPresent() || name.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("A custom role's ID or name must not be blank");
    }
  }

  /**
   * Names a custom role by name or by ID, with the client's rule for telling them apart ({@link
   * GlobalIds#isId(String)}). Sends nothing.
   *
   * @param nameOrId the role's name (as in the Arize UI, case-sensitive) or its ID
   * @return the role
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public static CustomRole of(String nameOrId) {
    requireText(nameOrId);
    return GlobalIds.isId(nameOrId) ? byId(nameOrId) : byName(nameOrId);
  }

  /**
   * Names a custom role by its ID. Sends nothing.
   *
   * @param id the role's ID
   * @return the role
   * @throws IllegalArgumentException when the ID is {@code null} or blank
   */
  public static CustomRole byId(String id) {
    return new CustomRole(Optional.of(requireText(id)), Optional.empty());
  }

  /**
   * Names a custom role by its name, even when the name looks like an ID. Sends nothing.
   *
   * @param name the role's name, case-sensitive
   * @return the role
   * @throws IllegalArgumentException when the name is {@code null} or blank
   */
  public static CustomRole byName(String name) {
    return new CustomRole(Optional.empty(), Optional.of(requireText(name)));
  }

  private static String requireText(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A custom role needs a non-blank name or ID");
    }
    return value;
  }

  private String key() {
    return id.map(value -> "id:" + value).orElseGet(() -> "name:" + name.orElseThrow());
  }

  /**
   * Compares on the ID when this role has one, else on the name (see the class description).
   *
   * @param other another object
   * @return whether both name the same custom role
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof CustomRole role && role.key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  /**
   * Returns the wire JSON of this assignment.
   *
   * @return for example {@code {"type":"CUSTOM","id":"Um9sZToxOlY0S2E=","name":"Data Scientist"}}
   */
  @Override
  public String toJson() {
    return Json.role(this).end();
  }

  /**
   * Returns the name when known, else the ID.
   *
   * @return for example {@code Data Scientist}
   */
  @Override
  public String toString() {
    return name.orElseGet(id::orElseThrow);
  }
}
