package io.github.arizeadmin.core.model;

import java.util.Objects;

/**
 * An account-level role assignment (a user's role in the account): {@link Predefined} or {@link
 * CustomRole}. On the wire: {@code {"type":"PREDEFINED","name":"MEMBER"}} or {@code
 * {"type":"CUSTOM","id":"..."}}.
 *
 * <p>The service reserves custom account roles ("not yet supported"); they exist so answers that carry
 * one still decode.
 */
public sealed interface AccountRole permits AccountRole.Predefined, CustomRole {

  /** The predefined account role {@code ADMIN}. */
  AccountRole ADMIN = new Predefined(AccountRoleName.ADMIN);
  /** The predefined account role {@code MEMBER}. */
  AccountRole MEMBER = new Predefined(AccountRoleName.MEMBER);
  /** The predefined account role {@code ANNOTATOR}. */
  AccountRole ANNOTATOR = new Predefined(AccountRoleName.ANNOTATOR);

  /**
   * Returns a custom role assignment by the role's name or ID (see {@link CustomRole}). Sends nothing.
   *
   * @param nameOrId the custom role's name or ID
   * @return the assignment
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  static AccountRole custom(String nameOrId) {
    return CustomRole.of(nameOrId);
  }

  /**
   * Returns the wire JSON of this assignment.
   *
   * @return for example {@code {"type":"PREDEFINED","name":"ADMIN"}}
   */
  String toJson();

  /**
   * A predefined account role. There is no {@code READ_ONLY} at account level.
   *
   * @param name the role's name
   */
  record Predefined(AccountRoleName name) implements AccountRole {
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
