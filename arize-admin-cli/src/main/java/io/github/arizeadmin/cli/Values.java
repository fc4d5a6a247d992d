package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.AccountRoleName;
import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.OrganizationRoleName;
import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.UserStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values people type, in the spellings of the {@code ax} runbooks ({@code member}, {@code
 * read-only}, {@code email_link}, {@code service}) and of the wire ({@code MEMBER}, {@code READ_ONLY},
 * {@code EMAIL_LINK}, {@code SERVICE}): case is ignored and {@code -} stands for {@code _}. Each nested
 * converter plugs into picocli; each candidate list feeds shell completion and {@code --help}.
 */
final class Values {
  private Values() {
  }

  /** Parses an enum constant in either spelling; the {@code UNKNOWN} fallback constants are never accepted. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    return constant(type, text).orElseThrow(() -> new TypeConversionException("'" + text + "' is not " + what
        + " (expected " + String.join(", ", spellings(type)) + ")"));
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    String wire = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> !constant.name().equals("UNKNOWN") && constant.name().equals(wire)).findFirst();
  }

  /** The seed's lowercase spellings of an enum's constants. */
  static <E extends Enum<E>> List<String> spellings(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name -> !name.equals("UNKNOWN"))
        .map(Values::lower).toList();
  }

  private static String lower(String wire) {
    String lower = wire.toLowerCase(Locale.ROOT);
    // The runbooks hyphenate the role "read-only" but keep underscores in modes ("email_link").
    return lower.equals("read_only") ? "read-only" : lower;
  }

  /** An account role: {@code admin}, {@code member}, {@code annotator}. */
  static final class AccountRoleConverter implements ITypeConverter<AccountRole> {
    @Override
    public AccountRole convert(String text) {
      return new AccountRole.Predefined(parse(AccountRoleName.class, text, "an account role"));
    }
  }

  /**
   * An organization role: {@code admin}, {@code member}, {@code read-only}, {@code annotator} (the
   * service has no custom organization roles yet). Parsed by the core.
   */
  static final class OrganizationRoleConverter implements ITypeConverter<OrganizationRole> {
    @Override
    public OrganizationRole convert(String text) {
      try {
        return OrganizationRole.predefined(text);
      } catch (IllegalArgumentException notPredefined) {
        throw new TypeConversionException("'" + text + "' is not an organization role (expected "
            + String.join(", ", spellings(OrganizationRoleName.class)) + ")");
      }
    }
  }

  /**
   * A space role: a predefined one ({@code member}, {@code read-only}, ..., parsed by the core), else a
   * custom role's name or ID, which the core resolves when it sends the assignment.
   */
  static final class SpaceRoleConverter implements ITypeConverter<SpaceRole> {
    @Override
    public SpaceRole convert(String text) {
      try {
        return SpaceRole.predefined(text);
      } catch (IllegalArgumentException notPredefined) {
        return SpaceRole.custom(text);
      }
    }
  }

  /** An invite mode: {@code email_link}, {@code temporary_password}, {@code none}. */
  static final class InviteModeConverter implements ITypeConverter<InviteMode> {
    @Override
    public InviteMode convert(String text) {
      return parse(InviteMode.class, text, "an invite mode");
    }
  }

  /** A user status: {@code active}, {@code invited}, {@code expired}. */
  static final class UserStatusConverter implements ITypeConverter<UserStatus> {
    @Override
    public UserStatus convert(String text) {
      return parse(UserStatus.class, text, "a user status");
    }
  }

  /** A key type: {@code user}, {@code service}. */
  static final class KeyTypeConverter implements ITypeConverter<ApiKeyType> {
    @Override
    public ApiKeyType convert(String text) {
      return parse(ApiKeyType.class, text, "a key type");
    }
  }

  /** A key status: {@code active}, {@code revoked} (and {@code deleted}, its name before SDK 8.40). */
  static final class KeyStatusConverter implements ITypeConverter<ApiKeyStatus> {
    @Override
    public ApiKeyStatus convert(String text) {
      return text.trim().equalsIgnoreCase("deleted") ? ApiKeyStatus.REVOKED : parse(ApiKeyStatus.class, text, "a key status");
    }
  }

  /** A bindable resource type: {@code SPACE}, {@code PROJECT}. */
  static final class ResourceTypeConverter implements ITypeConverter<ResourceType> {
    @Override
    public ResourceType convert(String text) {
      return parse(ResourceType.class, text, "a resource type");
    }
  }

  /** Comma-separated permissions, for example {@code PROJECT_READ,DATASET_CREATE}. */
  static final class PermissionsConverter implements ITypeConverter<List<Permission>> {
    @Override
    public List<Permission> convert(String text) {
      List<Permission> permissions = new ArrayList<>();
      for (String part : text.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        Permission permission = constant(Permission.class, part).orElseThrow(() -> new TypeConversionException("'"
            + part.trim() + "' is not a permission (the names are those of 'arize-admin roles get Admin', for example"
            + " PROJECT_READ)"));
        if (!permissions.contains(permission)) {
          permissions.add(permission);
        }
      }
      if (permissions.isEmpty()) {
        throw new TypeConversionException("give at least one permission, for example PROJECT_READ");
      }
      return List.copyOf(permissions);
    }
  }

  /**
   * A point in time: ISO 8601 with an offset ({@code 2027-01-01T00:00:00Z}), without one (taken as UTC,
   * as the {@code ax} CLI does: {@code 2027-01-01T00:00:00}), or a date (its midnight UTC).
   */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
      String value = text.trim();
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
          try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
          } catch (DateTimeParseException notDate) {
            throw new TypeConversionException("'" + text + "' is not a date-time (for example 2027-01-01T00:00:00Z,"
                + " 2027-01-01T00:00:00 for UTC, or 2027-01-01)");
          }
        }
      }
    }
  }

  /** Completion candidates and help text of account roles. */
  static final class AccountRoles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return spellings(AccountRoleName.class).iterator();
    }
  }

  /** Completion candidates and help text of organization and space roles. */
  static final class MembershipRoles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return spellings(OrganizationRoleName.class).iterator();
    }
  }

  /** Completion candidates and help text of invite modes. */
  static final class InviteModes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return spellings(InviteMode.class).iterator();
    }
  }

  /** Completion candidates and help text of user statuses. */
  static final class UserStatuses implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return spellings(UserStatus.class).iterator();
    }
  }

  /** Completion candidates and help text of key types. */
  static final class KeyTypes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return spellings(ApiKeyType.class).iterator();
    }
  }

  /** Completion candidates and help text of key statuses. */
  static final class KeyStatuses implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return spellings(ApiKeyStatus.class).iterator();
    }
  }

  /** Completion candidates and help text of resource types (the runbooks write them in capitals). */
  static final class ResourceTypes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("SPACE", "PROJECT").iterator();
    }
  }

  /** Completion candidates and help text of output formats. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json", "csv").iterator();
    }
  }
}
