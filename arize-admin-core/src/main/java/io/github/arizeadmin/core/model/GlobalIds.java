package io.github.arizeadmin.core.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The client's rule for telling an ID from a name, the same as the Arize Python SDK's {@code
 * is_resource_id} (SDK 8.42.0, module {@code arize.utils.resolve}): wherever the client accepts "a name
 * or an ID", a value is an ID when it decodes as strict, padded, standard base64 to UTF-8 text that
 * contains a {@code :} (Arize IDs encode {@code Type:number[:suffix]}); anything else is a name.
 *
 * <p>Consequences worth knowing: an unpadded or URL-safe ID counts as a name, and a name that happens
 * to be valid base64 of text with a colon counts as an ID (give the ID instead).
 */
public final class GlobalIds {
  private static final Pattern STRICT_BASE64 =
      Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

  private GlobalIds() {
  }

  /**
   * Tells whether the client treats a value as an ID (sent as is, without a lookup) or as a name.
   * Sends nothing.
   *
   * @param value what a caller typed, or {@code null}
   * @return true for an ID; false for a name, an empty value or {@code null}
   */
  public static boolean isId(String value) {
    if (value == null || value.isEmpty() || !STRICT_BASE64.matcher(value).matches()) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.indexOf(':') >= 0;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }
}
