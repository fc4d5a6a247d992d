package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.CustomUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationCustomRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationPredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignment;
import io.github.arizeadmin.api.generated.model.OrganizationRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.PaginationMetadata;
import io.github.arizeadmin.api.generated.model.PredefinedRoleAssignment;
import io.github.arizeadmin.api.generated.model.PredefinedUserRoleAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignment;
import io.github.arizeadmin.api.generated.model.SpaceRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserRoleAssignment;
import io.github.arizeadmin.api.generated.model.UserRoleAssignmentType;
import io.github.arizeadmin.api.generated.model.UserSpaceRole;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.AccountRoleName;
import io.github.arizeadmin.core.model.ApiKey;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CreatedApiKey;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationMembership;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.OrganizationRoleName;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.ResourceRestriction;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.RoleBinding;
import io.github.arizeadmin.core.model.ServiceKeyBotUser;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceMembership;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.SpaceRoleName;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import io.github.arizeadmin.core.paging.Page;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Maps the generated wire models to the core's values, and the core's role unions and enums to the wire. */
final class Convert {
  private static final String GENERATED_UNKNOWN = "UNKNOWN_DEFAULT_OPEN_API";

  private Convert() {
  }

  // ---- shared ----

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }

  static OffsetDateTime offset(Instant time) {
    return time == null ? null : time.atOffset(java.time.ZoneOffset.UTC);
  }

  /** A wire enum to the core enum of the same constant name; unknown or absent values become {@code UNKNOWN}. */
  static <E extends Enum<E>> E known(Class<E> type, Enum<?> wire) {
    if (wire == null || wire.name().equals(GENERATED_UNKNOWN)) {
      return Enum.valueOf(type, "UNKNOWN");
    }
    try {
      return Enum.valueOf(type, wire.name());
    } catch (IllegalArgumentException newerThanThisClient) {
      return Enum.valueOf(type, "UNKNOWN");
    }
  }

  /** A core enum to the wire enum of the same constant name; {@code UNKNOWN} cannot be sent. */
  static <W extends Enum<W>> W wire(Class<W> type, Enum<?> value, String what) {
    if (value.name().equals("UNKNOWN")) {
      throw new IllegalArgumentException(what + " UNKNOWN cannot be sent to the server");
    }
    return Enum.valueOf(type, value.name());
  }

  static <W, T> Page<T> page(List<W> items, PaginationMetadata pagination, Function<W, T> mapper) {
    List<T> mapped = items == null ? List.of() : items.stream().map(mapper).toList();
    boolean hasMore = pagination != null && Boolean.TRUE.equals(pagination.getHasMore());
    return new Page<>(mapped, pagination == null ? null : pagination.getNextCursor(), hasMore);
  }

  // ---- role unions ----

  private static CustomRole custom(String id, String name) {
    return new CustomRole(Optional.ofNullable(id), Optional.ofNullable(name));
  }

  static AccountRole accountRole(UserRoleAssignment wire) {
    if (wire instanceof PredefinedUserRoleAssignment predefined) {
      return new AccountRole.Predefined(known(AccountRoleName.class, predefined.getName()));
    }
    CustomUserRoleAssignment custom = (CustomUserRoleAssignment) wire;
    return custom(custom.getId(), custom.getName());
  }

  /** An account role for the wire; a custom role's name is resolved to its ID by {@code roleIds}. */
  static UserRoleAssignment wire(AccountRole role, Function<CustomRole, String> roleIds) {
    if (role instanceof AccountRole.Predefined predefined) {
      return new PredefinedUserRoleAssignment().type(UserRoleAssignmentType.PREDEFINED)
          .name(wire(io.github.arizeadmin.api.generated.model.UserRole.class, predefined.name(), "Account role"));
    }
    return new CustomUserRoleAssignment().type(UserRoleAssignmentType.CUSTOM).id(roleIds.apply((CustomRole) role));
  }

  static OrganizationRole organizationRole(OrganizationRoleAssignment wire) {
    if (wire instanceof OrganizationPredefinedRoleAssignment predefined) {
      return new OrganizationRole.Predefined(known(OrganizationRoleName.class, predefined.getName()));
    }
    OrganizationCustomRoleAssignment custom = (OrganizationCustomRoleAssignment) wire;
    return custom(custom.getId(), custom.getName());
  }

  /** An organization role for the wire; a custom role's name is resolved to its ID by {@code roleIds}. */
  static OrganizationRoleAssignment wire(OrganizationRole role, Function<CustomRole, String> roleIds) {
    if (role instanceof OrganizationRole.Predefined predefined) {
      return new OrganizationPredefinedRoleAssignment().type(OrganizationRoleAssignmentType.PREDEFINED)
          .name(wire(io.github.arizeadmin.api.generated.model.OrganizationRole.class, predefined.name(),
              "Organization role"));
    }
    return new OrganizationCustomRoleAssignment().type(OrganizationRoleAssignmentType.CUSTOM)
        .id(roleIds.apply((CustomRole) role));
  }

  static SpaceRole spaceRole(SpaceRoleAssignment wire) {
    if (wire instanceof PredefinedRoleAssignment predefined) {
      return new SpaceRole.Predefined(known(SpaceRoleName.class, predefined.getName()));
    }
    CustomRoleAssignment custom = (CustomRoleAssignment) wire;
    return custom(custom.getId(), custom.getName());
  }

  /** A space role for the wire; a custom role's name is resolved to its ID by {@code roleIds}. */
  static SpaceRoleAssignment wire(SpaceRole role, Function<CustomRole, String> roleIds) {
    if (role instanceof SpaceRole.Predefined predefined) {
      return new PredefinedRoleAssignment().type(SpaceRoleAssignmentType.PREDEFINED)
          .name(wire(UserSpaceRole.class, predefined.name(), "Space role"));
    }
    return new CustomRoleAssignment().type(SpaceRoleAssignmentType.CUSTOM).id(roleIds.apply((CustomRole) role));
  }

  // ---- resources ----

  static Organization organization(io.github.arizeadmin.api.generated.model.Organization wire) {
    return new Organization(wire.getId(), wire.getName(), wire.getDescription(), instant(wire.getCreatedAt()));
  }

  static Space space(io.github.arizeadmin.api.generated.model.Space wire) {
    return new Space(wire.getId(), wire.getName(), wire.getDescription(), instant(wire.getCreatedAt()));
  }

  static Project project(io.github.arizeadmin.api.generated.model.Project wire) {
    return new Project(wire.getId(), wire.getName(), wire.getSpaceId(), instant(wire.getCreatedAt()));
  }

  static User user(io.github.arizeadmin.api.generated.model.User wire) {
    return new User(wire.getId(), wire.getName(), wire.getEmail(), instant(wire.getCreatedAt()),
        known(UserStatus.class, wire.getStatus()), accountRole(wire.getRole()), Boolean.TRUE.equals(wire.getIsDeveloper()));
  }

  static CreatedUser createdUser(io.github.arizeadmin.api.generated.model.CreateUserResponse wire, int status) {
    User user = new User(wire.getId(), wire.getName(), wire.getEmail(), instant(wire.getCreatedAt()),
        known(UserStatus.class, wire.getStatus()), accountRole(wire.getRole()), Boolean.TRUE.equals(wire.getIsDeveloper()));
    Optional<InviteMode> mode = Optional.ofNullable(wire.getInviteMode()).map(m -> known(InviteMode.class, m));
    return new CreatedUser(user, status == 201, mode, Optional.ofNullable(wire.getTemporaryPassword()));
  }

  static OrganizationMembership membership(io.github.arizeadmin.api.generated.model.OrganizationMembership wire) {
    return new OrganizationMembership(wire.getId(), wire.getUserId(), wire.getOrganizationId(),
        organizationRole(wire.getRole()));
  }

  static SpaceMembership membership(io.github.arizeadmin.api.generated.model.SpaceMembership wire) {
    return new SpaceMembership(wire.getId(), wire.getUserId(), wire.getSpaceId(), spaceRole(wire.getRole()));
  }

  static Role role(io.github.arizeadmin.api.generated.model.Role wire) {
    List<Permission> permissions = wire.getPermissions() == null ? List.of()
        : wire.getPermissions().stream().map(p -> known(Permission.class, p)).toList();
    return new Role(wire.getId(), wire.getName(), wire.getDescription(), permissions,
        Boolean.TRUE.equals(wire.getIsPredefined()), instant(wire.getCreatedAt()), instant(wire.getUpdatedAt()));
  }

  static List<io.github.arizeadmin.api.generated.model.Permission> wire(List<Permission> permissions) {
    return permissions.stream()
        .map(p -> wire(io.github.arizeadmin.api.generated.model.Permission.class, p, "Permission"))
        .toList();
  }

  static RoleBinding roleBinding(io.github.arizeadmin.api.generated.model.RoleBinding wire) {
    return new RoleBinding(wire.getId(), wire.getRoleId(), wire.getUserId(),
        known(ResourceType.class, wire.getResourceType()), wire.getResourceId(), instant(wire.getCreatedAt()),
        instant(wire.getUpdatedAt()));
  }

  static ResourceRestriction restriction(io.github.arizeadmin.api.generated.model.ResourceRestriction wire) {
    return new ResourceRestriction(known(ResourceType.class, wire.getResourceType()), wire.getResourceId(),
        instant(wire.getCreatedAt()));
  }

  static ApiKey apiKey(io.github.arizeadmin.api.generated.model.ApiKey wire) {
    return new ApiKey(wire.getId(), wire.getName(), Optional.ofNullable(wire.getDescription()),
        known(ApiKeyType.class, wire.getKeyType()), known(ApiKeyStatus.class, wire.getStatus()), wire.getRedactedKey(),
        instant(wire.getCreatedAt()), Optional.ofNullable(instant(wire.getExpiresAt())), wire.getCreatedByUserId(),
        Optional.ofNullable(instant(wire.getLastUsedAt())));
  }

  static CreatedApiKey created(io.github.arizeadmin.api.generated.model.CreateApiKeyResponse wire) {
    if (wire instanceof io.github.arizeadmin.api.generated.model.UserApiKeyCreated user) {
      ApiKey key = new ApiKey(user.getId(), user.getName(), Optional.ofNullable(user.getDescription()),
          known(ApiKeyType.class, user.getKeyType()), known(ApiKeyStatus.class, user.getStatus()),
          user.getRedactedKey(), instant(user.getCreatedAt()), Optional.ofNullable(instant(user.getExpiresAt())),
          user.getCreatedByUserId(), Optional.ofNullable(instant(user.getLastUsedAt())));
      return new CreatedApiKey(key, user.getKey(), Optional.empty());
    }
    io.github.arizeadmin.api.generated.model.ServiceApiKeyCreated service =
        (io.github.arizeadmin.api.generated.model.ServiceApiKeyCreated) wire;
    ApiKey key = new ApiKey(service.getId(), service.getName(), Optional.ofNullable(service.getDescription()),
        known(ApiKeyType.class, service.getKeyType()), known(ApiKeyStatus.class, service.getStatus()),
        service.getRedactedKey(), instant(service.getCreatedAt()), Optional.ofNullable(instant(service.getExpiresAt())),
        service.getCreatedByUserId(), Optional.ofNullable(instant(service.getLastUsedAt())));
    return new CreatedApiKey(key, service.getKey(), Optional.ofNullable(service.getBotUser()).map(Convert::botUser));
  }

  static CreatedApiKey refreshed(io.github.arizeadmin.api.generated.model.RefreshApiKeyResponse wire) {
    ApiKey key = new ApiKey(wire.getId(), wire.getName(), Optional.ofNullable(wire.getDescription()),
        known(ApiKeyType.class, wire.getKeyType()), known(ApiKeyStatus.class, wire.getStatus()), wire.getRedactedKey(),
        instant(wire.getCreatedAt()), Optional.ofNullable(instant(wire.getExpiresAt())), wire.getCreatedByUserId(),
        Optional.ofNullable(instant(wire.getLastUsedAt())));
    return new CreatedApiKey(key, wire.getKey(), Optional.empty());
  }

  static ServiceKeyBotUser botUser(io.github.arizeadmin.api.generated.model.ServiceKeyBotUser wire) {
    List<ServiceKeyBotUser.OrganizationAccess> organizations = wire.getOrganizations() == null ? List.of()
        : wire.getOrganizations().stream()
            .map(org -> new ServiceKeyBotUser.OrganizationAccess(org.getOrgId(), organizationRole(org.getRole()),
                org.getSpaces() == null ? List.of() : org.getSpaces().stream()
                    .map(space -> new ServiceKeyBotUser.SpaceAccess(space.getSpaceId(), spaceRole(space.getRole())))
                    .toList()))
            .toList();
    return new ServiceKeyBotUser(wire.getId(), wire.getName(), accountRole(wire.getAccountRole()), organizations);
  }
}
