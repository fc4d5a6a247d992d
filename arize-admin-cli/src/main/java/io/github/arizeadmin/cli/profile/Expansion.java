package io.github.arizeadmin.cli.profile;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment references in profile values, as the official {@code ax} CLI writes them:
 * {@code ${VAR}} (the variable must be set) and {@code ${VAR:default}} (the default when it is not).
 */
public final class Expansion {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

  private Expansion() {
  }

  /**
   * Expands every reference in a value.
   *
   * @param value the value as written
   * @param environment the environment variables
   * @param where what the value is, for the message ({@code profile 'local' [auth] api_key})
   * @return the expanded value
   * @throws ConfigurationException when a variable without a default is unset
   */
  public static String expand(String value, Map<String, String> environment, String where) {
    Matcher matcher = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String variable = matcher.group(1).trim();
      String fallback = matcher.group(2);
      String replacement = environment.get(variable);
      if (replacement == null) {
        if (fallback == null) {
          throw new ConfigurationException(where + " refers to ${" + variable + "}, but " + variable
              + " is not set; set it, or write a value or a default (${" + variable + ":default})");
        }
        replacement = fallback;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Tells whether a value is nothing but one environment reference, such as {@code ${ARIZE_API_KEY}}
   * (which can be shown: it holds no secret).
   *
   * @param value the value as written
   * @return true when the whole value is one {@code ${...}} reference
   */
  public static boolean isOnlyReference(String value) {
    return REFERENCE.matcher(value.trim()).matches();
  }
}
