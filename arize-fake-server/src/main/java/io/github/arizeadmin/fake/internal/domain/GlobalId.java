package io.github.arizeadmin.fake.internal.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * A Relay-style global ID as the real service makes them: standard padded base64 of
 * {@code <Type>:<number>:<suffix>}.
 *
 * @param type the type name ({@code User}, {@code Space}, ...)
 * @param number the record number
 * @param suffix the four-character tag ("" when the ID had none)
 */
public record GlobalId(String type, long number, String suffix) {
  /** Types whose IDs name a project. */
  static final Set<String> PROJECT_TYPES = Set.of("Model", "Project");
  static final String USER = "User";
  static final String ORGANIZATION = "Organization";
  static final String SPACE = "Space";
  static final String ROLE = "Role";
  static final String ROLE_BINDING = "RoleBinding";
  static final String API_KEY = "ApiKey";
  static final String PROJECT = "Model";
  static final String ORGANIZATION_MEMBERSHIP = "OrganizationMembership";
  static final String SPACE_MEMBERSHIP = "SpaceMembership";

  /** @return the padded base64 form */
  public String encode() {
    String text = suffix.isEmpty() ? type + ":" + number : type + ":" + number + ":" + suffix;
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Encodes an ID.
   *
   * @param type the type name
   * @param number the record number
   * @param suffix the tag
   * @return the padded base64 form
   */
  public static String of(String type, long number, String suffix) {
    return new GlobalId(type, number, suffix).encode();
  }

  /**
   * Decodes an inbound ID: padded or unpadded, raw {@code =} or {@code %3D}.
   *
   * @param raw the ID as received
   * @return the ID, or null when it is not a global ID
   */
  public static GlobalId parse(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 200) {
      return null;
    }
    // Checked by hand, not with regular expressions: every request parses the IDs of its path and body.
    String text = raw.trim().replace("%3D", "=").replace("%3d", "=");
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '=') {
      end--;
    }
    if (end == 0) {
      return null;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '+' && c != '/') {
        return null;
      }
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.substring(0, end) + "===".substring(0, (4 - end % 4) % 4));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    // <Type>:<1 to 18 digits>[:<0 to 16 letters or digits>], ASCII only (so also valid UTF-8).
    int first = indexOf(bytes, 0);
    int second = first < 0 ? -1 : indexOf(bytes, first + 1);
    int numberEnd = second < 0 ? bytes.length : second;
    if (first <= 0 || (second >= 0 && indexOf(bytes, second + 1) >= 0)
        || numberEnd - first - 1 < 1 || numberEnd - first - 1 > 18
        || (second >= 0 && bytes.length - second - 1 > 16)) {
      return null;
    }
    long number = 0;
    for (int i = 0; i < bytes.length; i++) {
      char c = (char) bytes[i];
      boolean ok = i < first ? isAsciiLetter(c)
          : i > first && i < numberEnd ? c >= '0' && c <= '9'
          : i > numberEnd ? isAsciiLetterOrDigit(c)
          : true; // the separators
      if (!ok) {
        return null;
      }
      if (i > first && i < numberEnd) {
        number = number * 10 + (c - '0');
      }
    }
    String type = new String(bytes, 0, first, StandardCharsets.US_ASCII);
    String suffix = second < 0 ? "" : new String(bytes, second + 1, bytes.length - second - 1, StandardCharsets.US_ASCII);
    return new GlobalId(type, number, suffix);
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == ':') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * Whether this ID names a record whose stored tag is {@code storedSuffix} (an ID without a tag
   * matches any).
   *
   * @param storedSuffix the record's tag
   * @return whether they match
   */
  boolean matches(String storedSuffix) {
    return suffix.isEmpty() || suffix.equals(storedSuffix);
  }
}
