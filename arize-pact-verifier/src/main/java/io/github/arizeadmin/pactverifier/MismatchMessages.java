package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.BodyTypeMismatch;
import au.com.dius.pact.core.matchers.HeaderMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.StatusMismatch;
import au.com.dius.pact.core.model.IResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pact JVM's mismatches between the pact's expected response and the fake's answer, in words.
 * A wrong status says it all (the fake's Problem detail gives the rule that answered); otherwise
 * each header and body mismatch is named by its place, at most {@value #SHOWN} of them.
 */
final class MismatchMessages {
  static final int SHOWN = 5;
  private static final Pattern EQUAL = Pattern.compile("^Expected (.+) \\(\\w+\\) to be equal to (.+) \\(\\w+\\)$",
      Pattern.DOTALL);
  private static final Pattern MISSING = Pattern.compile("^Expected (\\S+)=.* but was missing$", Pattern.DOTALL);
  private static final Pattern REGEX = Pattern.compile("^Expected (.+) to match '(.+)'$", Pattern.DOTALL);
  private static final Pattern MISSING_KEYS = Pattern.compile("^Actual map is missing the following keys: (.*)$",
      Pattern.DOTALL);

  private MismatchMessages() {
  }

  /**
   * @param mismatches Pact JVM's mismatches
   * @param expected the pact's expected response (generators applied)
   * @param actual the fake's answer
   * @return one sentence per mismatch; empty when there is none
   */
  static List<String> translate(List<Mismatch> mismatches, IResponse expected, IResponse actual) {
    for (Mismatch mismatch : mismatches) {
      if (mismatch instanceof StatusMismatch) {
        return List.of("expected status " + expected.getStatus() + ", the fake answered " + actual.getStatus()
            + problem(actual));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (Mismatch mismatch : mismatches) {
      if (mismatch instanceof BodyTypeMismatch type) {
        out.add("expected a " + type.getExpected() + " body, the fake answered "
            + (type.getActual() == null ? "none" : type.getActual()));
      } else if (mismatch instanceof HeaderMismatch header) {
        out.add("header " + header.getHeaderKey() + ": " + header.getMismatch());
      } else if (mismatch instanceof BodyMismatch body) {
        out.add(body(body));
      } else {
        out.add(mismatch.description());
      }
    }
    List<String> all = new ArrayList<>(out);
    if (all.size() > SHOWN) {
      int more = all.size() - SHOWN;
      all = new ArrayList<>(all.subList(0, SHOWN));
      all.add("and " + more + " more");
    }
    return List.copyOf(all);
  }

  private static String body(BodyMismatch mismatch) {
    String field = field(mismatch.getPath());
    String text = mismatch.getMismatch();
    Matcher equal = EQUAL.matcher(text);
    if (equal.matches()) {
      return field + ": the pact expects " + equal.group(2) + ", the fake answered " + equal.group(1);
    }
    Matcher missing = MISSING.matcher(text);
    if (missing.matches()) {
      return absent(field, List.of(missing.group(1)));
    }
    Matcher keys = MISSING_KEYS.matcher(text);
    if (keys.matches()) {
      return absent(field, List.of(keys.group(1).split(",\\s*")));
    }
    Matcher regex = REGEX.matcher(text);
    if (regex.matches()) {
      return field + ": the fake answered " + regex.group(1) + ", which does not match " + regex.group(2);
    }
    return field + ": " + text;
  }

  private static String absent(String field, List<String> keys) {
    return String.join("; ", keys.stream().map(key -> (field.equals("response body") ? "response " + key
        : field + "." + key) + ": the pact expects it, the fake's answer has none").toList());
  }

  /** "$.role.name" as "response role.name", "$" as "response body". */
  private static String field(String path) {
    String plain = path == null ? "" : path.replaceFirst("^\\$\\.?", "");
    return plain.isEmpty() ? "response body" : "response " + plain;
  }

  /** ": <detail>" of the fake's Problem, so the rule that answered is named. */
  private static String problem(IResponse actual) {
    if (!actual.getBody().isPresent()) {
      return "";
    }
    try {
      JsonNode problem = Json.JSON.readTree(actual.getBody().getValue());
      String detail = problem.path("detail").asText(problem.path("title").asText(""));
      return detail.isEmpty() ? "" : ": " + detail;
    } catch (java.io.IOException notJson) {
      return "";
    }
  }
}
