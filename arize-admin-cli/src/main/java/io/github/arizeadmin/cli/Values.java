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
import io.github.arizeadmin.core.model.SpaceRoleName;
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
 * {@code EMAIL_LINK}, {@code SERVICE}): case is ignored and {@code -} stands for {@code _}. Each
 * vocabulary is one class that picocli uses both as the option's converter and as its completion
 * candidates (which {@code --help} shows).
 */
final class Values {
  private Values() {
  }

  /** Parses an enum constant in either spelling; the {@code UNKNOWN} fallback constants are never accepted. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    return constant(type, text).orElseThrow(() -> notOne(type, text, what));
  }

  private static TypeConversionException notOne(Class<? extends Enum<?>> type, String text, String what) {
    return new TypeConversionException("'" + text + "' is not " + what + " (expected "
        + String.join(", ", spellings(type)) + ")");
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    String wire = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> !constant.name().equals("UNKNOWN") && constant.name().equals(wire)).findFirst();
  }

  /** The seed's lowercase spellings of an enum's constants. */
  static List<String> spellings(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(name -> !name.equals("UNKNOWN"))
        .map(Values::lower).toList();
  }

  private static String lower(String wire) {
    String lower = wire.toLowerCase(Locale.ROOT);
    // The runbooks hyphenate the role "read-only" but keep underscores in modes ("email_link").
    return lower.equals("read_only") ? "read-only" : lower;
  }

  /**
   * One vocabulary: converts what is typed (picocli's {@code converter}) and lists the runbooks'
   * spellings (its {@code completionCandidates}, which {@code --help} shows), from the same enum.
   *
   * @param <T> what the option holds
   * @param <E> the enum whose constants are the vocabulary
   */
  abstract static class Vocabulary<T, E extends Enum<E>> implements ITypeConverter<T>, Iterable<String> {
    final Class<E> names;
    final String what;

    Vocabulary(Class<E> names, String what) {
      this.names = names;
      this.what = what;
    }

    E name(String text) {
      return parse(names, text, what);
    }

    @Override
    public Iterator<String> iterator() {
      return spellings(names).iterator();
    }
  }

  /** A vocabulary whose option holds the enum constant itself. */
  abstract static class EnumVocabulary<E extends Enum<E>> extends Vocabulary<E, E> {
    EnumVocabulary(Class<E> names, String what) {
      super(names, what);
    }

    @Override
    public E convert(String text) {
      return name(text);
    }
  }

  /** An account role: {@code admin}, {@code member}, {@code annotator}. */
  static final class AccountRoles extends Vocabulary<AccountRole, AccountRoleName> {
    AccountRoles() {
      super(AccountRoleName.class, "an account role");
    }

    @Override
    public AccountRole convert(String text) {
      return new AccountRole.Predefined(name(text));
    }
  }

  /**
   * An organization role: {@code admin}, {@code member}, {@code read-only}, {@code annotator}, parsed by
   * the core (the service has no custom organization roles yet).
   */
  static final class OrganizationRoles extends Vocabulary<OrganizationRole, OrganizationRoleName> {
    OrganizationRoles() {
      super(OrganizationRoleName.class, "an organization role");
    }

    @Override
    public OrganizationRole convert(String text) {
      try {
        return OrganizationRole.predefined(text);
      } catch (IllegalArgumentException notPredefined) {
        throw notOne(names, text, what);
      }
    }
  }

  /**
   * A space role: a predefined one ({@code member}, {@code read-only}, ..., parsed by the core), else a
   * custom role's name or ID, which the core resolves when it sends the assignment. Completion offers
   * the predefined ones.
   */
  static final class SpaceRoles extends Vocabulary<SpaceRole, SpaceRoleName> {
    SpaceRoles() {
      super(SpaceRoleName.class, "a space role");
    }

    @Override
    public SpaceRole convert(String text) {
      try {
        return SpaceRole.predefined(text);
      } catch (IllegalArgumentException notPredefined) {
        if (text.isBlank()) {
          throw new TypeConversionException("'" + text + "' is not " + what + " (expected " + String.join(", ", this)
              + ", or a custom role's name or ID)");
        }
        return SpaceRole.custom(text);
      }
    }
  }

  /** An invite mode: {@code email_link}, {@code temporary_password}, {@code none}. */
  static final class InviteModes extends EnumVocabulary<InviteMode> {
    InviteModes() {
      super(InviteMode.class, "an invite mode");
    }
  }

  /** A user status: {@code active}, {@code invited}, {@code expired}. */
  static final class UserStatuses extends EnumVocabulary<UserStatus> {
    UserStatuses() {
      super(UserStatus.class, "a user status");
    }
  }

  /** A key type: {@code user}, {@code service}. */
  static final class KeyTypes extends EnumVocabulary<ApiKeyType> {
    KeyTypes() {
      super(ApiKeyType.class, "a key type");
    }
  }

  /** A key status: {@code active}, {@code revoked} (and {@code deleted}, its name before SDK 8.40). */
  static final class KeyStatuses extends EnumVocabulary<ApiKeyStatus> {
    KeyStatuses() {
      super(ApiKeyStatus.class, "a key status");
    }

    @Override
    public ApiKeyStatus convert(String text) {
      return text.trim().equalsIgnoreCase("deleted") ? ApiKeyStatus.REVOKED : super.convert(text);
    }
  }

  /** A bindable resource type: {@code SPACE}, {@code PROJECT} (the runbooks write them in capitals). */
  static final class ResourceTypes extends EnumVocabulary<ResourceType> {
    ResourceTypes() {
      super(ResourceType.class, "a resource type");
    }

    @Override
    public Iterator<String> iterator() {
      return spellings(ResourceType.class).stream().map(spelling -> spelling.toUpperCase(Locale.ROOT)).iterator();
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

  /** Completion candidates and help text of output formats. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json", "csv").iterator();
    }
  }
}
