package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.Project;
import io.github.arizeadmin.fake.internal.store.Records.Space;
import java.util.List;
import java.util.Optional;

/** Projects: unique names per space, the name filter. */
public final class Projects extends Table<Project> {
  private final Grouped<Project> byAccount = Grouped.on(this, Project::account);
  private final Grouped<Project> bySpace = Grouped.on(this, Project::space);
  private final Unique<Scoped, Project> byName = Unique.on(this, p -> new Scoped(p.space(), p.name()));
  private final Substrings<Project> names = Substrings.on(this, Project::name);

  Projects(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * @param space a space
   * @param name a name (case-sensitive)
   * @return the space's project with that name
   */
  public Optional<Project> byName(Space space, String name) {
    return byName.find(new Scoped(space.num(), name));
  }

  /**
   * @param space a space
   * @param after a project number (0: from the start)
   * @return its projects numbered above {@code after}, oldest first
   */
  public Iterable<Project> ofSpace(Space space, long after) {
    return bySpace.after(space.num(), after);
  }

  /**
   * @param space a space
   * @return a copy of its projects (for cascades)
   */
  public List<Project> listOf(Space space) {
    return bySpace.list(space.num());
  }

  /**
   * @param account an account number
   * @param after a project number (0: from the start)
   * @return the account's projects numbered above {@code after}, oldest first
   */
  public Iterable<Project> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }

  /**
   * @param fragment a name fragment
   * @param after a project number
   * @return projects whose name may contain it, oldest first; null when too short
   */
  public Iterable<Project> nameMayContain(String fragment, long after) {
    return names.candidates(fragment, after);
  }
}
