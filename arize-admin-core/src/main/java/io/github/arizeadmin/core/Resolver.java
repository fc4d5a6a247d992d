package io.github.arizeadmin.core;

import io.github.arizeadmin.core.model.CustomRole;
import io.github.arizeadmin.core.model.GlobalIds;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.paging.PageFetcher;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns what a human types into IDs, with the Python SDK's rules (SDK 8.42.0, {@code arize.utils.resolve}).
 *
 * <ul>
 *   <li>A value is an ID when {@link GlobalIds#isId(String)} says so; it is then passed through without
 *       a request. Anything else is a name.
 *   <li>A name is looked up with the server-side filter ({@code name}, a case-insensitive substring),
 *       following every page (100 per page), and kept only on an exact, case-sensitive match.
 *   <li>No match: {@link NameNotFoundException} with the names seen. Several: {@link
 *       AmbiguousNameException} with the candidate IDs.
 *   <li>Roles have no server filter: every role is scanned, once per resolver (one call).
 *   <li>Users are found by email (the value contains {@code @}), exactly but case-insensitively;
 *       anything else is passed through as a user ID.
 * </ul>
 *
 * <p>Lookups are GETs made with the calling sub-client's options and log no pre-release warning.
 */
final class Resolver {
  private final ClientContext context;
  private final RequestOptions options;
  private List<Role> roles;

  Resolver(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be null or blank");
    }
    return value;
  }

  /**
   * Finds, or else creates, with one retry of the lookup when the create loses a race (409): the
   * shared shape of every {@code ensure}.
   */
  static <T> T findOrCreate(Supplier<Optional<T>> find, Supplier<T> create) {
    Optional<T> existing = find.get();
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return create.get();
    } catch (ConflictException raced) {
      return find.get().orElseThrow(() -> raced);
    }
  }

  /** A GET by ID whose 404 means "no such resource". */
  static <T> Optional<T> unlessNotFound(Supplier<T> get) {
    try {
      return Optional.of(get.get());
    } catch (NotFoundException missing) {
      return Optional.empty();
    }
  }

  /** The resource an ID (one GET) or a name (its lookup, no further GET) designates; the shape of every {@code get}. */
  static <T> T get(String nameOrId, Function<String, T> byId, Function<String, Lookup<T>> byName) {
    return GlobalIds.isId(nameOrId) ? byId.apply(nameOrId) : byName.apply(nameOrId).get(null);
  }

  /** As {@link #get}, but empty where it throws NameNotFoundException or a 404; the shape of every {@code find}. */
  static <T> Optional<T> find(String nameOrId, Function<String, T> byId, Function<String, Lookup<T>> byName) {
    return GlobalIds.isId(nameOrId) ? unlessNotFound(() -> byId.apply(nameOrId)) : byName.apply(nameOrId).find();
  }

  // ---- organizations ----

  Lookup<Organization> organizationsNamed(String name) {
    return lookup("organization", name, (cursor, limit) -> context.organizations(options, name, limit, cursor),
        Organization::name, Organization::id);
  }

  String organizationId(String organization) {
    requireText(organization, "organization");
    return GlobalIds.isId(organization) ? organization : organizationsNamed(organization).get(null).id();
  }

  // ---- spaces ----

  /** The spaces with exactly this name, in one organization when {@code organizationId} is given. */
  Lookup<Space> spacesNamed(String name, String organizationId) {
    return lookup("space", name, (cursor, limit) -> context.spaces(options, organizationId, name, limit, cursor),
        Space::name, Space::id);
  }

  String spaceId(String space, String organizationId) {
    requireText(space, "space");
    return GlobalIds.isId(space) ? space : spacesNamed(space, organizationId).get(null).id();
  }

  // ---- roles ----

  Lookup<Role> rolesNamed(String name) {
    if (roles == null) {
      roles = PageIterable.<Role>of((cursor, limit) -> context.roles(options, null, limit, cursor)).toList();
    }
    return lookup("role", name, roles, Role::name, Role::id);
  }

  String roleId(String role) {
    requireText(role, "role");
    return GlobalIds.isId(role) ? role : rolesNamed(role).get(null).id();
  }

  /** The ID of a custom role: its own, or its name's (a scan of the roles, once per resolver). */
  String roleId(CustomRole role) {
    return role.id().orElseGet(() -> rolesNamed(role.name().orElseThrow()).get(null).id());
  }

  // ---- projects ----

  static final String PROJECT_NEEDS_SPACE =
      "A project name is only unique within its space: pass the space (name or ID) or use the project ID.";

  Lookup<Project> projectsNamed(String name, String spaceId) {
    return lookup("project", name, (cursor, limit) -> context.projects(options, spaceId, null, name, limit, cursor),
        Project::name, Project::id);
  }

  /**
   * A project name or ID. A name needs its space (name or ID): the space is resolved exactly first,
   * then the project is looked up in it with the {@code name} filter.
   */
  String projectId(String project, String space) {
    requireText(project, "project");
    if (GlobalIds.isId(project)) {
      return project;
    }
    if (space == null || space.isBlank()) {
      throw new NameNotFoundException("project", project, List.of(), PROJECT_NEEDS_SPACE);
    }
    return projectsNamed(project, spaceId(space, null)).get(null).id();
  }

  // ---- users ----

  /** A user ID (passed through) or an email (looked up; {@link NameNotFoundException} when nobody has it). */
  String userId(String user) {
    requireText(user, "user");
    if (!user.contains("@")) {
      return user;
    }
    List<User> candidates = usersMatching(user);
    return exactEmail(candidates, user).map(User::id).orElseThrow(() -> new NameNotFoundException("user", user,
        candidates.stream().map(User::email).toList(), null));
  }

  /** The user whose email equals this one, ignoring case, across every page of the email filter. */
  Optional<User> userByEmail(String email) {
    return exactEmail(usersMatching(email), email);
  }

  private static Optional<User> exactEmail(List<User> candidates, String email) {
    return candidates.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
  }

  private List<User> usersMatching(String email) {
    return PageIterable.<User>of((cursor, limit) -> context.users(options, email, null, limit, cursor)).toList();
  }

  // ---- matching ----

  private static <T> Lookup<T> lookup(String type, String name, PageFetcher<T> fetcher, Function<T, String> nameOf,
      Function<T, String> idOf) {
    return lookup(type, name, PageIterable.of(fetcher), nameOf, idOf);
  }

  private static <T> Lookup<T> lookup(String type, String name, Iterable<T> candidates, Function<T, String> nameOf,
      Function<T, String> idOf) {
    requireText(name, type);
    Set<String> seen = new LinkedHashSet<>();
    List<T> matches = new ArrayList<>();
    for (T candidate : candidates) {
      String candidateName = nameOf.apply(candidate);
      seen.add(candidateName);
      if (name.equals(candidateName)) {
        matches.add(candidate);
      }
    }
    return new Lookup<>(type, name, List.copyOf(matches), List.copyOf(seen), idOf);
  }

  /**
   * What a name lookup found: every exact match, and every name seen on the way.
   *
   * @param <T> the resource type
   */
  record Lookup<T>(String type, String name, List<T> matches, List<String> seen, Function<T, String> idOf) {

    /** The one match; empty when none; {@link AmbiguousNameException} when several. */
    Optional<T> find() {
      if (matches.size() > 1) {
        throw new AmbiguousNameException(type, name, matches.stream().map(idOf).toList());
      }
      return matches.stream().findFirst();
    }

    /** The one match; {@link NameNotFoundException} (with the names seen and the hint) when none. */
    T get(String hint) {
      return find().orElseThrow(() -> new NameNotFoundException(type, name, seen, hint));
    }
  }
}
