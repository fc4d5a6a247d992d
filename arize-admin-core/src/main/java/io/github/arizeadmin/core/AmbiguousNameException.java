package io.github.arizeadmin.core;

import java.util.List;

/**
 * Several resources carry exactly the name given (for example spaces of the same name in two
 * organizations); pass one of the candidate IDs instead.
 */
public final class AmbiguousNameException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  private final String resourceType;
  private final String name;
  private final List<String> candidateIds;

  AmbiguousNameException(String resourceType, String name, List<String> candidateIds) {
    super(NameNotFoundException.capitalize(resourceType) + " name '" + name + "' is ambiguous: "
        + candidateIds.size() + " " + resourceType + "s have that name. Use an ID instead: "
        + String.join(", ", candidateIds) + ".", null, null);
    this.resourceType = resourceType;
    this.name = name;
    this.candidateIds = List.copyOf(candidateIds);
  }

  /**
   * Returns the kind of resource looked up.
   *
   * @return for example {@code space}
   */
  public String resourceType() {
    return resourceType;
  }

  /**
   * Returns the ambiguous name.
   *
   * @return the name as given
   */
  public String name() {
    return name;
  }

  /**
   * Returns the IDs of every resource with exactly that name.
   *
   * @return the candidate IDs
   */
  public List<String> candidateIds() {
    return candidateIds;
  }
}
