package io.github.arizeadmin.pactverifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A team's own provider states ({@code --states FILE}, JSON or YAML): each state name maps to a
 * seed document, with {@code ${param}} (or {@code ${param:-default}}) replaced by the state's
 * parameters, and optionally to the names under which its IDs ({@code ids}: name to ref) and
 * constants ({@code values}) are handed to the pact.
 *
 * <pre>
 * "jane is a member of team-alpha":
 *   seed: {accounts: [{users: [{ref: jane, email: "${email:-jane@example.com}"}], ...}]}
 *   ids: {janeId: jane}
 *   values: {missingSpaceId: U3BhY2U6OTk6R29uZQ==}
 * </pre>
 */
final class TeamStates {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::-([^}]*))?}");
  private static final Set<String> KEYS = Set.of("seed", "ids", "values");

  /** One state of the file. */
  record Definition(String name, JsonNode seed, Map<String, String> ids, JsonNode values) {
  }

  private final Map<String, Definition> states;

  private TeamStates(Map<String, Definition> states) {
    this.states = states;
  }

  static TeamStates none() {
    return new TeamStates(Map.of());
  }

  /**
   * @param file the states file
   * @return its states
   * @throws VerifierException naming the file and what is wrong with it
   */
  static TeamStates load(Path file) {
    JsonNode tree;
    try {
      tree = Json.yaml(Files.readString(file));
    } catch (YAMLException e) {
      throw new VerifierException("--states " + file + ": not JSON or YAML: " + Json.problem(e));
    } catch (IOException | RuntimeException e) {
      throw new VerifierException("--states " + file + ": cannot read it (" + e + ")");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new VerifierException("--states " + file + ": must map state names to definitions");
    }
    Map<String, Definition> states = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      String where = "--states " + file + ": state '" + entry.getKey() + "'";
      if (!(entry.getValue() instanceof ObjectNode definition) || !(definition.get("seed") instanceof ObjectNode seed)
          || !(seed.get("accounts") instanceof ArrayNode)) {
        throw new VerifierException(where + ": needs a seed (a seed document, with its accounts array)");
      }
      definition.fieldNames().forEachRemaining(key -> {
        if (!KEYS.contains(key)) {
          throw new VerifierException(where + ": unknown key " + key + " (seed, ids and values are allowed)");
        }
      });
      Map<String, String> ids = new LinkedHashMap<>();
      JsonNode idsNode = definition.path("ids");
      if (!idsNode.isMissingNode() && !(idsNode instanceof ObjectNode)) {
        throw new VerifierException(where + ": ids must map names to refs of the seed document");
      }
      idsNode.fields().forEachRemaining(id -> ids.put(id.getKey(), id.getValue().asText()));
      JsonNode values = definition.path("values");
      if (!values.isMissingNode() && !(values instanceof ObjectNode)) {
        throw new VerifierException(where + ": values must map names to values");
      }
      states.put(entry.getKey(), new Definition(entry.getKey(), seed, ids, values));
    }
    return new TeamStates(states);
  }

  /** @return the state of that name, or null */
  Definition find(String name) {
    return states.get(name);
  }

  /**
   * Sets up one of the file's states: its document joins the seed, its refs, ids and values are
   * handed to the pact.
   */
  static void apply(Definition state, Params params, SeedDocument seed, StateValues values) {
    seed.add(substitute(state.seed(), state.name(), params), state.name());
    values.allRefs();
    state.ids().forEach((name, ref) -> values.id(name, substitute(TextNode.valueOf(ref), state.name(), params)
        .asText()));
    state.values().fields().forEachRemaining(v -> values.constant(v.getKey(),
        Json.JSON.convertValue(substitute(v.getValue(), state.name(), params), Object.class)));
  }

  /**
   * Replaces {@code ${param}} in every string of the tree. A string that is exactly one
   * expression takes the parameter's JSON value (a number stays a number); inside a longer
   * string the parameter's text is inserted.
   */
  static JsonNode substitute(JsonNode node, String state, Params params) {
    if (node instanceof TextNode text) {
      Matcher whole = EXPRESSION.matcher(text.asText());
      if (whole.matches()) {
        return params.has(whole.group(1)) ? Json.JSON.valueToTree(params.raw(whole.group(1)))
            : TextNode.valueOf(fallback(whole, state));
      }
      Matcher m = EXPRESSION.matcher(text.asText());
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(params.has(m.group(1))
            ? String.valueOf(params.raw(m.group(1))) : fallback(m, state)));
      }
      m.appendTail(out);
      return TextNode.valueOf(out.toString());
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = Json.JSON.createObjectNode();
      object.fields().forEachRemaining(f -> copy.set(f.getKey(), substitute(f.getValue(), state, params)));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = Json.JSON.createArrayNode();
      array.forEach(item -> copy.add(substitute(item, state, params)));
      return copy;
    }
    return node;
  }

  private static String fallback(Matcher expression, String state) {
    if (expression.group(2) == null) {
      throw new StateException("provider state '" + state + "' needs the parameter " + expression.group(1)
          + " (its seed document uses ${" + expression.group(1) + "})");
    }
    return expression.group(2);
  }
}
