package io.github.arizeadmin.core;

import io.github.arizeadmin.core.model.UserStatus;
import java.util.List;
import java.util.Objects;

/**
 * The filters of {@code users().list(..)} and {@code listAll(..)}. Immutable; start from {@link
 * #defaults()} and narrow it:
 *
 * <pre>{@code
 * client.users().listAll(UserFilter.defaults().withEmail("@example.com").withStatuses(UserStatus.INVITED));
 * }</pre>
 *
 * <p>Defaults: no email filter, and <b>any status</b>: the service then returns ACTIVE, INVITED and
 * EXPIRED users (deleted users are never listed).
 */
public final class UserFilter {
  private static final UserFilter DEFAULTS = new UserFilter(null, List.of());

  private final String email;
  private final List<UserStatus> statuses;

  private UserFilter(String email, List<UserStatus> statuses) {
    this.email = email;
    this.statuses = statuses;
  }

  /**
   * Returns the filter that keeps every user of any status.
   *
   * @return the default filter
   */
  public static UserFilter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this filter keeping only emails that contain a text, ignoring case (sent as {@code email}).
   *
   * @param part a part of the email, or {@code null} for any email
   * @return a new filter
   */
  public UserFilter withEmail(String part) {
    return new UserFilter(part, statuses);
  }

  /**
   * Returns this filter keeping only these statuses (sent as repeated {@code status} parameters).
   *
   * @param wanted one or more statuses; none means any status
   * @return a new filter
   * @throws IllegalArgumentException when a status is {@code null} or UNKNOWN (it cannot be sent)
   */
  public UserFilter withStatuses(UserStatus... wanted) {
    for (UserStatus status : wanted) {
      if (status == null || status == UserStatus.UNKNOWN) {
        throw new IllegalArgumentException("User statuses must be known values, not null or UNKNOWN");
      }
    }
    return new UserFilter(email, List.of(wanted));
  }

  /**
   * Returns this filter with any status (ACTIVE, INVITED and EXPIRED), the default.
   *
   * @return a new filter
   */
  public UserFilter withAnyStatus() {
    return new UserFilter(email, List.of());
  }

  String email() {
    return email;
  }

  List<UserStatus> statuses() {
    return statuses;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserFilter filter && Objects.equals(filter.email, email) && filter.statuses.equals(statuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, statuses);
  }

  @Override
  public String toString() {
    return "UserFilter{email=" + email + ", statuses=" + (statuses.isEmpty() ? "any" : statuses) + "}";
  }
}
