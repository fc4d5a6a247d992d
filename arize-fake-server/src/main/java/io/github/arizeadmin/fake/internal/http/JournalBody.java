package io.github.arizeadmin.fake.internal.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request body as the journal keeps it: JSON text with secrets redacted (a raw API key anywhere,
 * any field whose name says password, secret, token or key), at most {@value #CAP} characters.
 */
final class JournalBody {
  /** The most characters of a body the journal keeps. */
  static final int CAP = 16 * 1024;
  static final String REDACTED = "[REDACTED]";
  private static final Pattern RAW_KEY = Pattern.compile("ak-[A-Za-z0-9]{16,}");
  private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(password|secret|token)$|^(api_)?key$");

  private JournalBody() {
  }

  /**
   * @param body the request body, or null
   * @return its journal form, or null when there is none
   */
  static String recorded(Buffer body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    String json;
    try {
      json = Json.encode(redact(Json.decodeValue(body)));
    } catch (DecodeException notJson) {
      json = null;
    }
    if (json != null && json.length() <= CAP) {
      return json;
    }
    String text = json != null ? json : RAW_KEY.matcher(body.toString(StandardCharsets.UTF_8)).replaceAll(REDACTED);
    if (text.length() > CAP) {
      text = text.substring(0, CAP) + "... (truncated; the body has " + body.length() + " bytes)";
    }
    return Json.encode(text);
  }

  private static Object redact(Object value) {
    if (value instanceof JsonObject object) {
      JsonObject out = new JsonObject();
      object.forEach(e -> out.put(e.getKey(), SECRET_FIELD.matcher(e.getKey().toLowerCase(Locale.ROOT)).matches()
          && e.getValue() != null ? REDACTED : redact(e.getValue())));
      return out;
    }
    if (value instanceof JsonArray array) {
      JsonArray out = new JsonArray();
      array.forEach(item -> out.add(redact(item)));
      return out;
    }
    if (value instanceof String text) {
      return RAW_KEY.matcher(text).replaceAll(REDACTED);
    }
    return value;
  }
}
