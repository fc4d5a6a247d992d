package io.github.arizeadmin.core;

import java.util.Objects;

/**
 * The filters of {@code projects().list(..)} and {@code listAll(..)}. Immutable; start from {@link
 * #defaults()} and narrow it:
 *
 * <pre>{@code
 * client.projects().listAll(ProjectFilter.defaults().withSpace("team-alpha").withName("fraud"));
 * }</pre>
 *
 * <p>Defaults: every project the caller can access, in every space, whatever its name.
 */
public final class ProjectFilter {
  private static final ProjectFilter DEFAULTS = new ProjectFilter(null, null);

  private final String name;
  private final String space;

  private ProjectFilter(String name, String space) {
    this.name = name;
    this.space = space;
  }

  /**
   * Returns the filter that keeps every project the caller can access.
   *
   * @return the default filter
   */
  public static ProjectFilter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this filter keeping only project names that contain a text, ignoring case (sent as {@code name}).
   *
   * @param part a part of the project name, or {@code null} for any name
   * @return a new filter
   */
  public ProjectFilter withName(String part) {
    return new ProjectFilter(part, space);
  }

  /**
   * Returns this filter keeping only the projects of some spaces. As in the Python SDK, a space ID is
   * sent as {@code space_id} (that space only), and anything else as the service's {@code space_name}
   * filter (a case-insensitive substring of space names, so it may match several spaces). No lookup.
   *
   * @param idOrNamePart a space ID, or a part of space names, or {@code null} for every space
   * @return a new filter
   */
  public ProjectFilter withSpace(String idOrNamePart) {
    return new ProjectFilter(name, idOrNamePart);
  }

  String name() {
    return name;
  }

  String space() {
    return space;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectFilter filter && Objects.equals(filter.name, name) && Objects.equals(filter.space, space);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, space);
  }

  @Override
  public String toString() {
    return "ProjectFilter{name=" + name + ", space=" + space + "}";
  }
}
