package io.github.arizeadmin.fake.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The predefined RBAC roles, the same in every account with fixed IDs, and the permission set of
 * each predefined organization or space role name.
 */
public final class PredefinedRoles {
  /**
   * A predefined role.
   *
   * @param number its record number (1 to 4)
   * @param suffix its fixed ID tag
   * @param name its display name
   * @param level the organization/space role name it matches
   * @param description its description
   * @param permissions what it grants
   */
  public record Predefined(long number, String suffix, String name, String level, String description,
      Set<Permission> permissions) {
    /** @return the global ID */
    public String id() {
      return GlobalId.of("Role", number, suffix);
    }
  }

  static final Set<Permission> ALL = Collections.unmodifiableSet(EnumSet.allOf(Permission.class));
  static final Set<Permission> MEMBER;
  static final Set<Permission> READ_ONLY;
  static final Set<Permission> ANNOTATOR = Collections.unmodifiableSet(EnumSet.of(
      Permission.SPACE_READ, Permission.PROJECT_READ, Permission.PROJECT_SPAN_READ, Permission.PROJECT_SPAN_ANNOTATE,
      Permission.DATASET_READ, Permission.DATASET_EXAMPLE_READ, Permission.DATASET_EXAMPLE_ANNOTATE,
      Permission.EXPERIMENT_READ, Permission.EXPERIMENT_RUN_READ, Permission.EXPERIMENT_RUN_ANNOTATE,
      Permission.QUEUE_READ, Permission.QUEUE_RECORD_READ, Permission.QUEUE_RECORD_ANNOTATE,
      Permission.ANNOTATION_CONFIG_READ));

  static {
    EnumSet<Permission> member = EnumSet.allOf(Permission.class);
    member.removeIf(p -> p.name().startsWith("ORGANIZATION_") || p.name().startsWith("USER_"));
    member.removeAll(List.of(Permission.ROLE_BINDING_CREATE, Permission.ROLE_BINDING_DELETE,
        Permission.PROJECT_RESTRICT, Permission.SPACE_CREATE, Permission.SPACE_UPDATE, Permission.SPACE_DELETE,
        Permission.SERVICE_KEY_REVOKE));
    MEMBER = Collections.unmodifiableSet(member);
    EnumSet<Permission> readOnly = EnumSet.noneOf(Permission.class);
    Arrays.stream(Permission.values()).filter(p -> p.name().endsWith("_READ")).forEach(readOnly::add);
    READ_ONLY = Collections.unmodifiableSet(readOnly);
  }

  /** The four predefined roles, in list order. */
  public static final List<Predefined> ROLES = List.of(
      new Predefined(1, "pAdm", "Admin", "ADMIN", "Every permission.", ALL),
      new Predefined(2, "pMbr", "Member", "MEMBER", "Works in spaces; no administration.", MEMBER),
      new Predefined(3, "pRdo", "Read Only", "READ_ONLY", "Reads everything it can see.", READ_ONLY),
      new Predefined(4, "pAnn", "Annotator", "ANNOTATOR", "Reads and annotates.", ANNOTATOR));

  private static final Map<String, Set<Permission>> BY_LEVEL = Map.of(
      "ADMIN", ALL, "MEMBER", MEMBER, "READ_ONLY", READ_ONLY, "ANNOTATOR", ANNOTATOR);

  /** The time predefined roles report as created and updated. */
  static final java.time.Instant EPOCH = java.time.Instant.parse("2024-01-01T00:00:00Z");

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
   * @param level a predefined organization or space role name
   * @return what it grants (empty for null)
   */
  static Set<Permission> permissions(String level) {
    return level == null ? Set.of() : BY_LEVEL.getOrDefault(level, Set.of());
  }

  /**
   * Rank of predefined role names: ADMIN 3, MEMBER 2, READ_ONLY 1, ANNOTATOR 0.
   *
   * @param level a role name
   * @return its rank
   */
  static int rank(String level) {
    return switch (level == null ? "" : level) {
      case "ADMIN" -> 3;
      case "MEMBER" -> 2;
      case "READ_ONLY" -> 1;
      default -> 0;
    };
  }
}
