package io.github.arizeadmin.core;

import java.util.List;

/**
 * A name (or an email) given where a name or an ID is accepted matched nothing. Raised on the client
 * side, after the lookup; its message lists the names that were seen, as the Python SDK's
 * {@code NotFoundError} does: {@code <type> '<name>' not found. Available <type>s: a, b}.
 */
public final class NameNotFoundException extends ArizeApiException {
  private static final long serialVersionUID = 1L;

  private final String resourceType;
  private final String name;
  private final List<String> availableNames;

  NameNotFoundException(String resourceType, String name, List<String> availableNames, String hint) {
    super(message(resourceType, name, availableNames, hint), null, null);
    this.resourceType = resourceType;
    this.name = name;
    this.availableNames = List.copyOf(availableNames);
  }

  private static String message(String resourceType, String name, List<String> available, String hint) {
    StringBuilder text = new StringBuilder();
    text.append(capitalize(resourceType)).append(" '").append(name).append("' not found.");
    if (!available.isEmpty()) {
      text.append(" Available ").append(resourceType).append("s: ").append(String.join(", ", available)).append('.');
    }
    if (hint != null) {
      text.append(' ').append(hint);
    }
    return text.toString();
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
   * Returns the name that matched nothing.
   *
   * @return the name as given
   */
  public String name() {
    return name;
  }

  /**
   * Returns the names that exist among those the lookup saw.
   *
   * @return the names, possibly empty
   */
  public List<String> availableNames() {
    return availableNames;
  }
}
