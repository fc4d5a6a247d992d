package io.github.arizeadmin.fake;

import java.util.Map;

/**
 * What a seed created.
 *
 * @param ids {@code "<ref>"} and {@code "<account>/<ref>"} to global IDs
 * @param apiKeys key ref (and {@code "<account>/<ref>"}) to the raw API key
 */
public record SeedResult(Map<String, String> ids, Map<String, String> apiKeys) {
  /**
   * Copies the maps.
   *
   * @param ids the IDs
   * @param apiKeys the raw keys
   */
  public SeedResult {
    ids = Map.copyOf(ids);
    apiKeys = Map.copyOf(apiKeys);
  }

  /**
   * @param ref a ref of the seed document (or {@code account/ref})
   * @return its global ID
   * @throws IllegalArgumentException when the seed had no such ref
   */
  public String id(String ref) {
    String id = ids.get(ref);
    if (id == null) {
      throw new IllegalArgumentException("No object with ref " + ref + " in the seed");
    }
    return id;
  }
}
