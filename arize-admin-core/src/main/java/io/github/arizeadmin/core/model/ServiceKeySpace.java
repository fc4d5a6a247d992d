package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One space of a new service key's scope (the Python SDK's {@code SpaceBinding}).
 *
 * @param space the space's name or ID (names are resolved within the enclosing organization)
 * @param role the bot user's space role; empty for the server's default ({@code MEMBER})
 */
public record ServiceKeySpace(String space, Optional<SpaceRole> role) {
  /**
   * Checks the fields.
   *
   * @param space the space
   * @param role the role, or empty
   * @throws IllegalArgumentException when the space is blank
   */
  public ServiceKeySpace {
    if (space == null || space.isBlank()) {
      throw new IllegalArgumentException("A service key space needs a name or an ID");
    }
    Objects.requireNonNull(role, "role");
  }

  /**
   * Returns a space scope with the default role.
   *
   * @param space the space's name or ID
   * @return the scope
   */
  public static ServiceKeySpace of(String space) {
    return new ServiceKeySpace(space, Optional.empty());
  }

  /**
   * Returns a space scope with an explicit role.
   *
   * @param space the space's name or ID
   * @param role the role ({@code ADMIN}, {@code MEMBER}, {@code READ_ONLY} or a custom role)
   * @return the scope
   */
  public static ServiceKeySpace of(String space, SpaceRole role) {
    return new ServiceKeySpace(space, Optional.of(role));
  }

  /**
   * Returns the JSON of this scope as given (names are not resolved).
   *
   * @return a JSON object with {@code space} and {@code role} when set
   */
  public String toJson() {
    return json().end();
  }

  Json json() {
    return Json.object().field("space", space).field("role", role);
  }
}
