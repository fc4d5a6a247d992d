package io.github.arizeadmin.pactverifier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;

/** The JSON and YAML readers and writers every part of the verifier shares (thread-safe once built). */
final class Json {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Json() {
  }

  /** A parser's complaint in a few words: "unexpected end-of-input at line 2, column 1". */
  static String problem(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int cut = message.length();
    for (String end : new String[] {":", " (", "\n"}) {
      int at = message.indexOf(end);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String what = message.substring(0, cut).trim();
    what = what.isEmpty() ? "malformed" : Character.toLowerCase(what.charAt(0)) + what.substring(1);
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 0 ? what
        : String.format(Locale.ROOT, "%s at line %d, column %d", what, at.getLineNr(), at.getColumnNr());
  }
}
