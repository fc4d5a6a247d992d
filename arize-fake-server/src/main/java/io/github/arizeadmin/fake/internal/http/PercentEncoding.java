package io.github.arizeadmin.fake.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a raw path or query is well-formed percent-encoded UTF-8 (RFC 3986). */
final class PercentEncoding {
  private static final int SHOWN = 80;

  private PercentEncoding() {
  }

  /**
   * @param raw a path or query as received
   * @return whether every {@code %} starts two hex digits and the decoded bytes are UTF-8
   */
  static boolean decodes(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
            || Character.digit(raw.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 2;
      } else if (c > 0x7f) {
        return false;
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  /**
   * @param raw a path or query
   * @return it, quoted and cut to a readable length
   */
  static String shown(String raw) {
    return "'" + (raw.length() > SHOWN ? raw.substring(0, SHOWN) + "..." : raw) + "'";
  }
}
