package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.state.Permission;
import io.github.arizeadmin.fake.state.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The predefined RBAC roles: the same in every account, with fixed numbers (1 to 4) and IDs. */
final class PredefinedRoles {
  /** The time predefined roles report as created and updated. */
  static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  /**
   * A predefined role.
   *
   * @param number its number (1 to 4)
   * @param tag its fixed ID tag
   * @param name its display name
   * @param level the level it matches
   * @param description its description
   */
  record Predefined(long number, String tag, String name, Level level, String description) {
    String id() {
      return GlobalId.of(GlobalId.ROLE, number, tag);
    }

    Set<Permission> permissions() {
      return level.permissions();
    }

    Role view() {
      return new Role(id(), name, description, List.copyOf(permissions()), true, EPOCH, EPOCH);
    }
  }

  /** The four predefined roles, in list order. */
  static final List<Predefined> ROLES = List.of(
      new Predefined(1, "pAdm", "Admin", Level.ADMIN, "Every permission."),
      new Predefined(2, "pMbr", "Member", Level.MEMBER, "Works in spaces; no administration."),
      new Predefined(3, "pRdo", "Read Only", Level.READ_ONLY, "Reads everything it can see."),
      new Predefined(4, "pAnn", "Annotator", Level.ANNOTATOR, "Reads and annotates."));

  private PredefinedRoles() {
  }

  /**
   * @param number a role number
   * @return the predefined role with that number, or null
   */
  static Predefined byNumber(long number) {
    return number >= 1 && number <= ROLES.size() ? ROLES.get((int) number - 1) : null;
  }

  /**
   * @param nameOrId a display name ({@code Read Only}) or a global ID
   * @return the predefined role
   */
  static Optional<Predefined> byNameOrId(String nameOrId) {
    return ROLES.stream().filter(p -> p.name().equals(nameOrId) || p.id().equals(nameOrId)).findFirst();
  }
}
