package io.github.arizeadmin.cli.output;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code -o/--output}, spelled as in the official {@code ax} CLI's profiles. */
public enum Format {
  /** A table sized to the terminal; single objects as field/value lines. */
  TABLE,
  /** The service's own JSON (lists in the service's list envelope), indented, for {@code jq}. */
  JSON,
  /** Comma-separated values with a header row. */
  CSV;

  /**
   * Parses a format name in any case.
   *
   * @param text {@code table}, {@code json} or {@code csv}
   * @return the format, empty when the name is not one of these
   */
  public static Optional<Format> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Format format : values()) {
      if (format.name().equalsIgnoreCase(text.trim())) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the spelling used on the command line and in profiles.
   *
   * @return for example {@code json}
   */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}
