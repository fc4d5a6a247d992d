package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Space;
import io.github.arizeadmin.fake.internal.store.Records.SpaceMembership;
import io.github.arizeadmin.fake.internal.store.Records.User;
import java.util.List;
import java.util.Optional;

/** Space memberships: the membership of a user in a space, by either side. */
public final class SpaceMemberships extends Table<SpaceMembership> {
  private final Grouped<SpaceMembership> bySpace = Grouped.on(this, SpaceMembership::space);
  private final Grouped<SpaceMembership> byUser = Grouped.on(this, SpaceMembership::user);

  SpaceMemberships(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * The membership of a user in a space: walks the shorter of the two groups.
   *
   * @param space the space
   * @param user the user
   * @return the membership
   */
  public Optional<SpaceMembership> find(Space space, User user) {
    return find(space.num(), user.num());
  }

  Optional<SpaceMembership> find(long space, long user) {
    return Optional.ofNullable(Grouped.both(byUser, user, m -> m.space() == space, bySpace, space,
        m -> m.user() == user));
  }

  /**
   * @param space a space
   * @return its memberships, oldest first
   */
  public Iterable<SpaceMembership> ofSpace(Space space) {
    return bySpace.after(space.num(), Long.MIN_VALUE);
  }

  /**
   * @param space a space
   * @return a copy of its memberships (for cascades)
   */
  public List<SpaceMembership> listOf(Space space) {
    return bySpace.list(space.num());
  }

  /**
   * @param user a user
   * @return a copy of the user's memberships, oldest first
   */
  public List<SpaceMembership> ofUser(User user) {
    return byUser.list(user.num());
  }
}
