package io.github.arizeadmin.pactverifier;

import io.github.arizeadmin.fake.SeedResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values an interaction's provider states hand to the pact for its provider-state-injected
 * values ({@code fromProviderState}, {@code ${name}} expressions), known once the fake has taken
 * the seed document. A later state's value wins over an earlier one of the same name.
 */
final class StateValues {
  private sealed interface Entry permits Id, Key, Constant, AllRefs {
  }

  private record Id(String name, String ref) implements Entry {
  }

  private record Key(String name, String keyRef) implements Entry {
  }

  private record Constant(String name, Object value) implements Entry {
  }

  private record AllRefs() implements Entry {
  }

  private final List<Entry> entries = new ArrayList<>();

  /** Hands over the ID of the object seeded under {@code ref} as {@code name}. */
  void id(String name, String ref) {
    entries.add(new Id(name, ref));
  }

  /** Hands over the raw key of the API key seeded under {@code keyRef} as {@code name}. */
  void key(String name, String keyRef) {
    entries.add(new Key(name, keyRef));
  }

  /** Hands over a value as it is. */
  void constant(String name, Object value) {
    entries.add(new Constant(name, value));
  }

  /** Hands over the ID of every object seeded, under its ref. */
  void allRefs() {
    entries.add(new AllRefs());
  }

  /**
   * @param seeded what the fake seeded
   * @return the values by name
   */
  Map<String, Object> resolve(SeedResult seeded) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Entry entry : entries) {
      if (entry instanceof Id id) {
        String value = seeded.ids().get(id.ref());
        if (value == null) {
          throw new StateException("the value " + id.name() + " names '" + id.ref()
              + "', but the seed document has no object with that ref");
        }
        values.put(id.name(), value);
      } else if (entry instanceof Key key) {
        values.put(key.name(), seeded.apiKeys().get(key.keyRef()));
      } else if (entry instanceof Constant constant) {
        values.put(constant.name(), constant.value());
      } else {
        values.putAll(seeded.ids());
      }
    }
    return values;
  }
}
