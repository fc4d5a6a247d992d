package io.github.arizeadmin.pactverifier;

import au.com.dius.pact.core.model.ProviderState;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an interaction's provider states into one seed document and the values handed to the
 * pact. A team's own states ({@code --states}) come first, then the built-in {@code seed}, then
 * the catalogue. Whole documents (team states, {@code seed}) are added before the catalogue's
 * states run, so that those find the objects the documents name; otherwise the pact's order holds.
 */
final class States {
  static final String SEED = "seed";

  /** What the states set up: the document to seed (null when there are no states) and the values. */
  record Setup(SeedDocument document, StateValues values) {
  }

  private final TeamStates team;

  States(TeamStates team) {
    this.team = team;
  }

  /**
   * @param states the interaction's provider states, in the pact's order
   * @return the seed document and the values
   * @throws StateException when a state is unknown or its parameters are wrong
   */
  Setup setUp(List<ProviderState> states) {
    List<ProviderState> named = states.stream().filter(s -> s.getName() != null && !s.getName().isBlank()).toList();
    if (named.isEmpty()) {
      return new Setup(null, new StateValues());
    }
    SeedDocument seed = new SeedDocument();
    StateValues values = new StateValues();
    List<Runnable> catalogue = new ArrayList<>();
    for (ProviderState state : named) {
      String name = state.getName();
      Params params = new Params(name, state.getParams());
      TeamStates.Definition own = team.find(name);
      Catalogue.State builtIn = Catalogue.find(name);
      if (own != null) {
        TeamStates.apply(own, params, seed, values);
      } else if (SEED.equalsIgnoreCase(name.trim())) {
        seed.add(document(params.raw("document")), SEED);
        values.allRefs();
      } else if (builtIn != null) {
        catalogue.add(() -> builtIn.apply(params, seed, values));
      } else {
        throw new StateException("unknown provider state '" + name + "': not built in, not in a --states file");
      }
    }
    catalogue.forEach(Runnable::run);
    return new Setup(seed, values);
  }

  /** The {@code seed} state's document: a JSON object, or JSON text. */
  private static JsonNode document(Object given) {
    if (given == null) {
      throw new StateException("provider state 'seed' needs the parameter document (a seed document)");
    }
    if (given instanceof String text) {
      try {
        return Json.JSON.readTree(text);
      } catch (JacksonException e) {
        throw new StateException("provider state 'seed': the document is not JSON: " + Json.problem(e));
      }
    }
    if (given instanceof Map<?, ?> || given instanceof List<?>) {
      return Json.JSON.valueToTree(given);
    }
    throw new StateException("provider state 'seed': the document must be a JSON object");
  }
}
