package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.RoleBinding;
import io.github.arizeadmin.fake.internal.store.Records.User;
import io.github.arizeadmin.fake.state.RoleBindingResourceType;
import java.util.List;
import java.util.Optional;

/** Role bindings: by user, by resource, by role and by the space they sit in (cascades). */
public final class RoleBindings extends Table<RoleBinding> {
  private final Grouped<RoleBinding> byAccount = Grouped.on(this, RoleBinding::account);
  private final Grouped<RoleBinding> byUser = Grouped.on(this, RoleBinding::user);
  private final Grouped<RoleBinding> byResource =
      Grouped.on(this, b -> new Resource(b.resourceType(), b.resource()).key());
  private final Grouped<RoleBinding> byRole = Grouped.on(this, RoleBinding::role);
  private final Grouped<RoleBinding> bySpace = Grouped.on(this, RoleBinding::space);

  RoleBindings(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * A space or a project.
   *
   * @param type the kind
   * @param num its number
   */
  public record Resource(RoleBindingResourceType type, long num) {
    /** The index key: the number and the kind in one long (numbers stay below 2^62). */
    long key() {
      return num << 1 | type.ordinal();
    }
  }

  /**
   * The binding of a user on a resource (one at most): walks the shorter of the two groups.
   *
   * @param user the user
   * @param resource the space or project
   * @return the binding
   */
  public Optional<RoleBinding> find(User user, Resource resource) {
    return find(user.num(), resource);
  }

  /**
   * @param user a user number
   * @param resource the space or project
   * @return the binding of that user on it
   */
  public Optional<RoleBinding> find(long user, Resource resource) {
    long key = resource.key();
    return Optional.ofNullable(Grouped.both(byUser, user,
        b -> b.resourceType() == resource.type() && b.resource() == resource.num(), byResource, key,
        b -> b.user() == user));
  }

  /**
   * @param account an account number
   * @param after a binding number (0: from the start)
   * @return the account's bindings numbered above {@code after}, oldest first
   */
  public Iterable<RoleBinding> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }

  /**
   * @param user a user number
   * @param after a binding number
   * @return the user's bindings numbered above {@code after}, oldest first
   */
  public Iterable<RoleBinding> ofUser(long user, long after) {
    return byUser.after(user, after);
  }

  /**
   * @param user a user number
   * @return a copy of the user's bindings (for cascades)
   */
  public List<RoleBinding> listOfUser(long user) {
    return byUser.list(user);
  }

  /**
   * @param resource a space or project
   * @return a copy of the bindings on it
   */
  public List<RoleBinding> on(Resource resource) {
    return byResource.list(resource.key());
  }

  /**
   * @param role a role number
   * @return a copy of the bindings granting it
   */
  public List<RoleBinding> granting(long role) {
    return byRole.list(role);
  }

  /**
   * @param space a space number
   * @return a copy of the bindings on the space and on its projects
   */
  public List<RoleBinding> inSpace(long space) {
    return bySpace.list(space);
  }
}
