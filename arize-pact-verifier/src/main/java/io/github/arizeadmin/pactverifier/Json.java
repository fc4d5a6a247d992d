package io.github.arizeadmin.pactverifier;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/** The JSON reader and writer every part of the verifier shares (thread-safe), and YAML read as JSON. */
final class Json {
  static final ObjectMapper JSON = new ObjectMapper();

  private Json() {
  }

  /**
   * Reads YAML (or JSON) as a JSON tree. SnakeYAML rather than a streaming YAML parser, as states
   * files may use anchors and aliases; timestamps stay text, as in JSON and in the seed format.
   *
   * @throws YAMLException when the text is not YAML
   */
  static JsonNode yaml(String text) {
    return JSON.valueToTree(new Yaml(new TimestampsAsText()).load(text));
  }

  /** A parser's complaint in a few words: "unexpected end-of-input at line 2, column 1". */
  static String problem(JacksonException e) {
    JsonLocation at = e.getLocation();
    return where(firstWords(String.valueOf(e.getOriginalMessage())), at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr());
  }

  /** A YAML parser's complaint in a few words, with its line and column. */
  static String problem(YAMLException e) {
    if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return where(firstWords(String.valueOf(marked.getProblem())), mark.getLine() + 1, mark.getColumn() + 1);
    }
    return firstWords(String.valueOf(e.getMessage()));
  }

  private static String where(String what, int line, int column) {
    return line < 0 ? what : String.format(Locale.ROOT, "%s at line %d, column %d", what, line, column);
  }

  private static String firstWords(String message) {
    int cut = message.length();
    for (String end : new String[] {":", " (", "\n"}) {
      int at = message.indexOf(end);
      if (at > 0 && at < cut) {
        cut = at;
      }
    }
    String what = message.substring(0, cut).trim();
    return what.isEmpty() ? "malformed" : Character.toLowerCase(what.charAt(0)) + what.substring(1);
  }

  /** SnakeYAML's safe constructor, with timestamps left as the text they are. */
  private static final class TimestampsAsText extends SafeConstructor {
    TimestampsAsText() {
      super(new LoaderOptions());
      yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
    }
  }
}
