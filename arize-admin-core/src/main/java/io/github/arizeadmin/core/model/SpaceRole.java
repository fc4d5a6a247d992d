package io.github.arizeadmin.core.model;

import java.util.Objects;

/**
 * A space-level role assignment: {@link Predefined} or {@link CustomRole}. On the wire: {@code
 * {"type":"PREDEFINED","name":"READ_ONLY"}} or {@code {"type":"CUSTOM","id":"..."}} (the server adds
 * the custom role's {@code name} in answers). The same shape serves memberships and the space scope of
 * service keys.
 */
public sealed interface SpaceRole permits SpaceRole.Predefined, CustomRole {

  /** The predefined role {@code ADMIN}. */
  SpaceRole ADMIN = new Predefined(SpaceRoleName.ADMIN);
  /** The predefined role {@code MEMBER}. */
  SpaceRole MEMBER = new Predefined(SpaceRoleName.MEMBER);
  /** The predefined role {@code READ_ONLY}. */
  SpaceRole READ_ONLY = new Predefined(SpaceRoleName.READ_ONLY);
  /** The predefined role {@code ANNOTATOR} (only for annotator users, who may hold no other predefined role). */
  SpaceRole ANNOTATOR = new Predefined(SpaceRoleName.ANNOTATOR);

  /**
   * Returns a custom role assignment by the role's name or ID (see {@link CustomRole}: a name is
   * resolved when the assignment is sent). Sends nothing.
   *
   * @param nameOrId the custom role's name, for example {@code "Data Scientist"}, or its ID
   * @return the assignment
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  static SpaceRole custom(String nameOrId) {
    return CustomRole.of(nameOrId);
  }

  /**
   * Parses a predefined role name: the wire's {@code ADMIN}, {@code MEMBER}, {@code READ_ONLY},
   * {@code ANNOTATOR}, in any case, and the older lowercase forms {@code read-only} and the toolkit's
   * {@code readOnly}. Sends nothing.
   *
   * @param name the name
   * @return the predefined assignment
   * @throws IllegalArgumentException when the name is not a predefined role
   */
  static SpaceRole predefined(String name) {
    return new Predefined(PredefinedNames.parse(SpaceRoleName.class, name));
  }

  /**
   * Returns the wire JSON of this assignment.
   *
   * @return for example {@code {"type":"PREDEFINED","name":"READ_ONLY"}}
   */
  String toJson();

  /**
   * A predefined space role.
   *
   * @param name the role's name
   */
  record Predefined(SpaceRoleName name) implements SpaceRole {
    /**
     * Checks the name.
     *
     * @param name the role's name
     */
    public Predefined {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toJson() {
      return Json.role(this).end();
    }

    @Override
    public String toString() {
      return name.name();
    }
  }
}
