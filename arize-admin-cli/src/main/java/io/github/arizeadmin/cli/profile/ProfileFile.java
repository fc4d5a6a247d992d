package io.github.arizeadmin.cli.profile;

import com.electronwill.nightconfig.core.CommentedConfig;
import com.electronwill.nightconfig.core.Config;
import com.electronwill.nightconfig.core.io.ParsingException;
import com.electronwill.nightconfig.core.io.ParsingMode;
import com.electronwill.nightconfig.toml.TomlFormat;
import com.electronwill.nightconfig.toml.TomlParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One profile file in the official {@code ax} CLI's TOML layout: {@code [profile] name}, {@code [auth]
 * api_key}, {@code [routing] region, single_host, single_port, base_domain, api_host, api_scheme} and
 * {@code [output] format}, plus whatever else the file holds.
 *
 * <p>Immutable. Values are read with the TOML library (NightConfig); {@link #with} and {@link #without}
 * rewrite only the one value or line concerned, so comments, order, spacing and every section and key
 * this tool does not use stay as they were, and the result is re-read to prove it is valid TOML holding
 * the new value before it is returned.
 */
public final class ProfileFile {
  private final String text;
  private final Config config;

  private ProfileFile(String text, Config config) {
    this.text = text;
    this.config = config;
  }

  /**
   * Reads a profile file's text.
   *
   * @param text the file's content
   * @param origin where it comes from, for messages
   * @return the profile file
   * @throws ConfigurationException when the text is not valid TOML
   */
  public static ProfileFile parse(String text, String origin) {
    return new ProfileFile(text, read(text, origin));
  }

  /**
   * Returns an empty profile file (the start of a new profile).
   *
   * @return an empty file
   */
  public static ProfileFile empty() {
    return parse("", "a new profile");
  }

  private static Config read(String text, String origin) {
    // Insertion-ordered maps, so that "profiles show" lists keys as the file has them.
    CommentedConfig config = CommentedConfig.of(LinkedHashMap::new, TomlFormat.instance());
    try {
      new TomlParser().parse(new StringReader(text), config, ParsingMode.REPLACE);
    } catch (ParsingException bad) {
      throw new ConfigurationException(origin + " is not valid TOML: " + oneLine(bad.getMessage()), bad);
    }
    return config;
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replace('\n', ' ').trim();
  }

  /**
   * Returns the file's text.
   *
   * @return the TOML text
   */
  public String text() {
    return text;
  }

  /**
   * Returns a value as written ({@code ${VAR}} not expanded); numbers and booleans as their text.
   *
   * @param section the table, for example {@code auth}
   * @param key the key, for example {@code api_key}
   * @return the value, empty when the key is absent or not a plain value
   */
  public Optional<String> value(String section, String key) {
    Object value = config.get(List.of(section, key));
    if (value == null || value instanceof Config || value instanceof List<?>) {
      return Optional.empty();
    }
    return Optional.of(value.toString());
  }

  /**
   * Returns every plain value of the file in file order, tables flattened to dotted names, for display.
   *
   * @return {@code section} → {@code key} → value text; top-level keys under the section {@code ""}
   */
  public Map<String, Map<String, String>> sections() {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    flatten(config, "", "", sections);
    return sections;
  }

  private static void flatten(Config table, String section, String prefix, Map<String, Map<String, String>> out) {
    for (Config.Entry entry : table.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Config sub) {
        if (section.isEmpty()) {
          flatten(sub, entry.getKey(), "", out);
        } else {
          flatten(sub, section, prefix + entry.getKey() + ".", out);
        }
      } else {
        out.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(prefix + entry.getKey(), String.valueOf(value));
      }
    }
  }

  /**
   * Returns this file with one string value set: the value is replaced where it is, or the key is added
   * at the end of its section, or the section is added at the end of the file.
   *
   * @param section the table
   * @param key the key
   * @param value the new value (written as a TOML string, as the {@code ax} CLI writes every value)
   * @return the rewritten file
   * @throws ConfigurationException when the file cannot be rewritten without breaking it
   */
  public ProfileFile with(String section, String key, String value) {
    Objects.requireNonNull(value, "value");
    String literal = TomlLayout.basicString(value);
    TomlLayout layout = TomlLayout.of(text);
    List<String> path = List.of(section, key);
    String rewritten = null;
    for (TomlLayout.Pair pair : layout.pairs()) {
      if (pair.path().equals(path)) {
        rewritten = text.substring(0, pair.valueStart()) + literal + text.substring(pair.valueEnd());
      }
    }
    if (rewritten == null) {
      rewritten = insert(layout, section, key + " = " + literal + "\n");
    }
    ProfileFile result = checked(rewritten, section, key);
    if (!result.value(section, key).equals(Optional.of(value))) {
      throw new ConfigurationException("Cannot set [" + section + "] " + key + " without rewriting more of the file;"
          + " edit it by hand");
    }
    return result;
  }

  /**
   * Returns this file without one key (its whole line goes, comment included); unchanged when absent.
   *
   * @param section the table
   * @param key the key
   * @return the rewritten file
   */
  public ProfileFile without(String section, String key) {
    List<String> path = List.of(section, key);
    for (TomlLayout.Pair pair : TomlLayout.of(text).pairs()) {
      if (pair.path().equals(path)) {
        return checked(text.substring(0, pair.lineStart()) + text.substring(pair.lineEnd()), section, key);
      }
    }
    return this;
  }

  private String insert(TomlLayout layout, String section, String line) {
    List<String> table = List.of(section);
    int headerEnd = -1;
    int lastPairEnd = -1;
    List<TomlLayout.Header> headers = layout.headers();
    for (TomlLayout.Header header : headers) {
      if (table.equals(header.path())) {
        headerEnd = header.lineEnd();
      }
    }
    if (headerEnd < 0) {
      StringBuilder appended = new StringBuilder(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        appended.append('\n');
      }
      if (!text.isBlank()) {
        appended.append('\n');
      }
      return appended.append('[').append(section).append("]\n").append(line).toString();
    }
    for (TomlLayout.Pair pair : layout.pairs()) {
      if (pair.path().size() > 1 && pair.path().get(0).equals(section) && pair.lineStart() >= headerEnd
          && !startsAnotherTable(headers, headerEnd, pair.lineStart())) {
        lastPairEnd = pair.lineEnd();
      }
    }
    int at = lastPairEnd >= 0 ? lastPairEnd : headerEnd;
    String before = text.substring(0, at);
    if (!before.isEmpty() && !before.endsWith("\n")) {
      before += "\n";
    }
    return before + line + text.substring(at);
  }

  private static boolean startsAnotherTable(List<TomlLayout.Header> headers, int from, int to) {
    return headers.stream().anyMatch(h -> h.lineEnd() > from && h.lineEnd() <= to);
  }

  private static ProfileFile checked(String rewritten, String section, String key) {
    try {
      return parse(rewritten, "The rewritten profile");
    } catch (ConfigurationException broken) {
      throw new ConfigurationException("Cannot change [" + section + "] " + key
          + " without breaking the file's TOML; edit it by hand", broken);
    }
  }

  /**
   * Returns the names of the tables this file has, in file order.
   *
   * @return the top-level table names
   */
  public List<String> tables() {
    List<String> names = new ArrayList<>();
    for (Config.Entry entry : config.entrySet()) {
      if (entry.getValue() instanceof Config) {
        names.add(entry.getKey());
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return "ProfileFile" + tables();
  }
}
