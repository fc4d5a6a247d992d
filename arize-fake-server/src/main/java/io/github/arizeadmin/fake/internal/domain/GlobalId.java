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
    String text = raw.trim().replace("%3D", "=").replace("%3d", "=");
    String unpadded = text.replaceAll("=+$", "");
    if (!unpadded.matches("[A-Za-z0-9+/]+")) {
      return null;
    }
    String decoded;
    try {
      byte[] bytes = Base64.getDecoder().decode(unpadded + "===".substring(0, (4 - unpadded.length() % 4) % 4));
      decoded = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException notBase64) {
      return null;
    }
    String[] parts = decoded.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || !parts[0].matches("[A-Za-z]+") || !parts[1].matches("[0-9]{1,18}")) {
      return null;
    }
    String suffix = parts.length == 3 ? parts[2] : "";
    if (!suffix.matches("[A-Za-z0-9]{0,16}")) {
      return null;
    }
    return new GlobalId(parts[0], Long.parseLong(parts[1]), suffix);
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
