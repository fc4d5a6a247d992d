package io.github.arizeadmin.core.model;

import java.util.Objects;

/**
 * An organization-level role assignment: {@link Predefined} or {@link CustomRole}. On the wire: {@code
 * {"type":"PREDEFINED","name":"READ_ONLY"}} or {@code {"type":"CUSTOM","id":"..."}} (the server adds
 * the custom role's {@code name} in answers).
 *
 * <p>The service does not support custom organization roles yet (the Arize Python SDK 8.42.0 says so in
 * {@code arize.organizations.client}, and the fake server answers 422); the wire allows them, so answers
 * that carry one still decode.
 */
public sealed interface OrganizationRole permits OrganizationRole.Predefined, CustomRole {

  /** The predefined role {@code ADMIN}. */
  OrganizationRole ADMIN = new Predefined(OrganizationRoleName.ADMIN);
  /** The predefined role {@code MEMBER}. */
  OrganizationRole MEMBER = new Predefined(OrganizationRoleName.MEMBER);
  /** The predefined role {@code READ_ONLY}. */
  OrganizationRole READ_ONLY = new Predefined(OrganizationRoleName.READ_ONLY);
  /** The predefined role {@code ANNOTATOR} (only for annotator users, who may hold no other predefined role). */
  OrganizationRole ANNOTATOR = new Predefined(OrganizationRoleName.ANNOTATOR);

  /**
   * Returns a custom role assignment by the role's name or ID (see {@link CustomRole}: a name is
   * resolved when the assignment is sent). Sends nothing.
   *
   * @param nameOrId the custom role's name, for example {@code "Data Scientist"}, or its ID
   * @return the assignment
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  static OrganizationRole custom(String nameOrId) {
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
  static OrganizationRole predefined(String name) {
    return new Predefined(PredefinedNames.parse(OrganizationRoleName.class, name));
  }

  /**
   * Returns the wire JSON of this assignment.
   *
   * @return for example {@code {"type":"PREDEFINED","name":"READ_ONLY"}}
   */
  String toJson();

  /**
   * A predefined organization role.
   *
   * @param name the role's name
   */
  record Predefined(OrganizationRoleName name) implements OrganizationRole {
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
