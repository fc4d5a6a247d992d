package io.github.arizeadmin.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An account-level role assignment (a user's role in the account): {@link Predefined} or {@link Custom}.
 * On the wire: {@code {"type":"PREDEFINED","name":"MEMBER"}} or {@code {"type":"CUSTOM","id":"..."}}.
 *
 * <p>The service reserves custom account roles ("not yet supported"); the type exists so answers that
 * carry one still decode.
 */
public sealed interface AccountRole permits AccountRole.Predefined, AccountRole.Custom {

  /** The predefined account role {@code ADMIN}. */
  AccountRole ADMIN = new Predefined(Name.ADMIN);
  /** The predefined account role {@code MEMBER}. */
  AccountRole MEMBER = new Predefined(Name.MEMBER);
  /** The predefined account role {@code ANNOTATOR}. */
  AccountRole ANNOTATOR = new Predefined(Name.ANNOTATOR);

  /**
   * Returns a custom role assignment.
   *
   * @param roleId the custom role's ID
   * @return the assignment
   */
  static AccountRole custom(String roleId) {
    return new Custom(roleId, Optional.empty());
  }

  /**
   * Returns the wire JSON of this assignment.
   *
   * @return for example {@code {"type":"PREDEFINED","name":"ADMIN"}}
   */
  String toJson();

  /** The predefined account-level role names. There is no {@code READ_ONLY} at account level. */
  enum Name {
    /** Account administrator. */
    ADMIN,
    /** Account member. */
    MEMBER,
    /** Annotator: may only hold annotator roles in organizations and spaces. */
    ANNOTATOR,
    /** A name this version of the client does not know; never sent back. */
    UNKNOWN
  }

  /**
   * A predefined account role.
   *
   * @param name the role's name
   */
  record Predefined(Name name) implements AccountRole {
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
   * A custom account role.
   *
   * @param id the custom role's ID
   * @param name the custom role's display name, when the server returned it (read-only)
   */
  record Custom(String id, Optional<String> name) implements AccountRole {
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
