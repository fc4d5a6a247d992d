package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.state.Permission;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The predefined role levels shared by the account, organization and space roles, ranked
 * ANNOTATOR &lt; READ_ONLY &lt; MEMBER &lt; ADMIN, with what each grants in a space.
 */
enum Level {
  ANNOTATOR(EnumSet.of(
      Permission.SPACE_READ, Permission.PROJECT_READ, Permission.PROJECT_SPAN_READ, Permission.PROJECT_SPAN_ANNOTATE,
      Permission.DATASET_READ, Permission.DATASET_EXAMPLE_READ, Permission.DATASET_EXAMPLE_ANNOTATE,
      Permission.EXPERIMENT_READ, Permission.EXPERIMENT_RUN_READ, Permission.EXPERIMENT_RUN_ANNOTATE,
      Permission.QUEUE_READ, Permission.QUEUE_RECORD_READ, Permission.QUEUE_RECORD_ANNOTATE,
      Permission.ANNOTATION_CONFIG_READ)),
  READ_ONLY(readOnly()),
  MEMBER(member()),
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Level(EnumSet<Permission> permissions) {
    this.permissions = Collections.unmodifiableSet(permissions);
  }

  /** @return what the level grants in a space */
  Set<Permission> permissions() {
    return permissions;
  }

  /**
   * @param role a predefined role of any level (UserRole, OrganizationRole, UserSpaceRole), or null
   * @return its level, or null
   */
  static Level of(Enum<?> role) {
    return role == null ? null : valueOf(role.name());
  }

  /**
   * @param role a predefined role, or null
   * @return its rank (null ranks below every role)
   */
  static int rank(Enum<?> role) {
    return role == null ? -1 : of(role).ordinal();
  }

  private static EnumSet<Permission> readOnly() {
    EnumSet<Permission> out = EnumSet.noneOf(Permission.class);
    Arrays.stream(Permission.values()).filter(p -> p.name().endsWith("_READ")).forEach(out::add);
    return out;
  }

  private static EnumSet<Permission> member() {
    EnumSet<Permission> out = EnumSet.allOf(Permission.class);
    out.removeIf(p -> p.name().startsWith("ORGANIZATION_") || p.name().startsWith("USER_"));
    out.removeAll(List.of(Permission.ROLE_BINDING_CREATE, Permission.ROLE_BINDING_DELETE,
        Permission.PROJECT_RESTRICT, Permission.SPACE_CREATE, Permission.SPACE_UPDATE, Permission.SPACE_DELETE,
        Permission.SERVICE_KEY_REVOKE));
    return out;
  }
}
