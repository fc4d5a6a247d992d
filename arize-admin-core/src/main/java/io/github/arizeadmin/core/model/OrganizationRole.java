package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An organization-level role assignment: {@link Predefined} or {@link Custom}. On the wire:
 * {@code {"type":"PREDEFINED","name":"READ_ONLY"}} or {@code {"type":"CUSTOM","id":"..."}} (the
 * server adds the custom role's {@code name} in answers).
 *
 * <p>The service does not support custom organization roles yet (the Python SDK says so, and the fake
 * answers 422); the type exists because the wire allows it.
 */
public sealed interface OrganizationRole permits OrganizationRole.Predefined, OrganizationRole.Custom {

  /** The predefined role {@code ADMIN}. */
  OrganizationRole ADMIN = new Predefined(Name.ADMIN);
  /** The predefined role {@code MEMBER}. */
  OrganizationRole MEMBER = new Predefined(Name.MEMBER);
  /** The predefined role {@code READ_ONLY}. */
  OrganizationRole READ_ONLY = new Predefined(Name.READ_ONLY);
  /** The predefined role {@code ANNOTATOR} (only for annotator users, who may hold no other predefined role). */
  OrganizationRole ANNOTATOR = new Predefined(Name.ANNOTATOR);

  /**
   * Returns a custom role assignment.
   *
   * @param roleId the custom role's ID (see {@code client.roles().get(name)} to find it by name)
   * @return the assignment
   */
  static OrganizationRole custom(String roleId) {
    return new Custom(roleId, Optional.empty());
  }

  /**
   * Parses a predefined role name: the wire's {@code ADMIN}, {@code MEMBER}, {@code READ_ONLY},
   * {@code ANNOTATOR}, in any case, and the older lowercase forms {@code read-only} and the toolkit's
   * {@code readOnly}.
   *
   * @param name the name
   * @return the predefined assignment
   * @throws IllegalArgumentException when the name is not a predefined role
   */
  static OrganizationRole predefined(String name) {
    return new Predefined(PredefinedNames.parse(Name.class, name));
  }

  /**
   * Returns the wire JSON of this assignment.
   *
   * @return for example {@code {"type":"PREDEFINED","name":"READ_ONLY"}}
   */
  String toJson();

  /** The predefined role names of this level. */
  enum Name {
    /** Administrator. */
    ADMIN,
    /** Member. */
    MEMBER,
    /** Read-only access. */
    READ_ONLY,
    /** Annotator. */
    ANNOTATOR,
    /** A name this version of the client does not know; never sent back. */
    UNKNOWN
  }

  /**
   * A predefined role.
   *
   * @param name the role's name
   */
  record Predefined(Name name) implements OrganizationRole {
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
      return Json.object().field("type", "PREDEFINED").field("name", name).end();
    }

    @Override
    public String toString() {
      return name.name();
    }
  }

  /**
   * A custom role.
   *
   * @param id the custom role's ID
   * @param name the custom role's display name, when the server returned it (read-only)
   */
  record Custom(String id, Optional<String> name) implements OrganizationRole {
    /**
     * Checks the fields.
     *
     * @param id the custom role's ID
     * @param name the display name, or empty
     */
    public Custom {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toJson() {
      return Json.object().field("type", "CUSTOM").field("id", id).optional("name", name).end();
    }

    @Override
    public String toString() {
      return name.orElse(id);
    }
  }
}
