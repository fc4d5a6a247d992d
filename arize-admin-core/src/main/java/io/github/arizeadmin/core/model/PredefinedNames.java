package io.github.arizeadmin.core.model;

import java.util.Locale;
import java.util.Objects;

/** Parses the predefined role names people type, shared by the organization and space levels. */
final class PredefinedNames {
  private PredefinedNames() {
  }

  /**
   * Accepts the wire names in any case, {@code read-only} and the toolkit's {@code readOnly}.
   *
   * @param names the level's name enum; its {@code UNKNOWN} constant is never returned
   * @param text what was typed
   * @return the matching constant
   * @throws IllegalArgumentException when no predefined role has that name
   */
  static <E extends Enum<E>> E parse(Class<E> names, String text) {
    String normalized = Objects.requireNonNull(text, "name").trim().replace('-', '_');
    if (normalized.equalsIgnoreCase("readonly")) {
      normalized = "READ_ONLY";
    }
    for (E candidate : names.getEnumConstants()) {
      if (!candidate.name().equals("UNKNOWN") && candidate.name().equalsIgnoreCase(normalized.toUpperCase(Locale.ROOT))) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Not a predefined role: '" + text + "' (expected one of "
        + java.util.Arrays.stream(names.getEnumConstants()).map(Enum::name).filter(n -> !n.equals("UNKNOWN")).toList() + ")");
  }
}
