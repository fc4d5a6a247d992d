package io.github.arizeadmin.core;

import java.util.Objects;

/**
 * The filters of {@code spaces().list(..)} and {@code listAll(..)}. Immutable; start from {@link
 * #defaults()} and narrow it:
 *
 * <pre>{@code
 * client.spaces().listAll(SpaceFilter.defaults().withOrganization("Acme").withName("team"));
 * }</pre>
 *
 * <p>Defaults: every space the caller can access, in every organization, whatever its name.
 */
public final class SpaceFilter {
  private static final SpaceFilter DEFAULTS = new SpaceFilter(null, null);

  private final String organization;
  private final String name;

  private SpaceFilter(String organization, String name) {
    this.organization = organization;
    this.name = name;
  }

  /**
   * Returns the filter that keeps every space the caller can access.
   *
   * @return the default filter
   */
  public static SpaceFilter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this filter keeping only the spaces of one organization (sent as {@code org_id}; a name is
   * resolved exactly first, with one lookup per listing).
   *
   * @param nameOrId the organization's name or ID, or {@code null} for every organization
   * @return a new filter
   */
  public SpaceFilter withOrganization(String nameOrId) {
    return new SpaceFilter(nameOrId, name);
  }

  /**
   * Returns this filter keeping only space names that contain a text, ignoring case (sent as {@code name}).
   *
   * @param part a part of the space name, or {@code null} for any name
   * @return a new filter
   */
  public SpaceFilter withName(String part) {
    return new SpaceFilter(organization, part);
  }

  String organization() {
    return organization;
  }

  String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpaceFilter filter && Objects.equals(filter.organization, organization)
        && Objects.equals(filter.name, name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organization, name);
  }

  @Override
  public String toString() {
    return "SpaceFilter{organization=" + organization + ", name=" + name + "}";
  }
}
