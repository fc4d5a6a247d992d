package io.github.arizeadmin.core;

import io.github.arizeadmin.core.errors.AmbiguousNameException;
import io.github.arizeadmin.core.errors.NameNotFoundException;
import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.Project;
import io.github.arizeadmin.core.model.Role;
import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.paging.PageIterable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns what a human types into IDs, with the Python SDK's rules (its {@code utils/resolve.py}).
 *
 * <ul>
 *   <li>A value is an ID when it decodes as strict, padded, standard base64 to UTF-8 text containing
 *       {@code :}; it is then passed through without a request. Anything else is a name.
 *   <li>A name is looked up with the server-side filter ({@code name}, a case-insensitive substring),
 *       following every page (100 per page), and kept only on an exact, case-sensitive match.
 *   <li>No match: {@link NameNotFoundException} with the names seen. Several: {@link
 *       AmbiguousNameException} with the candidate IDs.
 *   <li>Roles have no server filter: every role is scanned.
 *   <li>Users are found by email (the value contains {@code @}), exactly but case-insensitively;
 *       anything else is passed through as a user ID.
 * </ul>
 *
 * <p>Lookups are GETs made with the calling sub-client's options and log no pre-release warning.
 */
final class Resolver {
  private static final Pattern STRICT_BASE64 =
      Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
  private static final int PAGE_SIZE = 100;

  private final ClientContext context;
  private final RequestOptions options;

  Resolver(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /** The SDK's {@code is_resource_id}: strict base64 of UTF-8 text that contains a colon. */
  static boolean isResourceId(String value) {
    if (value == null || value.isEmpty() || !STRICT_BASE64.matcher(value).matches()) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.indexOf(':') >= 0;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be null or blank");
    }
    return value;
  }

  String organizationId(String organization) {
    requireText(organization, "organization");
    if (isResourceId(organization)) {
      return organization;
    }
    return organizationByName(organization).id();
  }

  Organization organizationByName(String name) {
    PageIterable<Organization> candidates =
        PageIterable.of((cursor, limit) -> context.organizations(options, name, limit, cursor)).pageSize(PAGE_SIZE);
    return exactlyOne("organization", name, candidates, Organization::name, Organization::id, null);
  }

  /** A space name or ID; a name is looked up in one organization when {@code organizationId} is given. */
  String spaceId(String space, String organizationId) {
    requireText(space, "space");
    if (isResourceId(space)) {
      return space;
    }
    return spaceByName(space, organizationId).id();
  }

  Space spaceByName(String name, String organizationId) {
    PageIterable<Space> candidates =
        PageIterable.of((cursor, limit) -> context.spaces(options, organizationId, name, limit, cursor))
            .pageSize(PAGE_SIZE);
    return exactlyOne("space", name, candidates, Space::name, Space::id, null);
  }

  String roleId(String role) {
    requireText(role, "role");
    if (isResourceId(role)) {
      return role;
    }
    PageIterable<Role> all =
        PageIterable.of((cursor, limit) -> context.roles(options, null, limit, cursor)).pageSize(PAGE_SIZE);
    return exactlyOne("role", role, all, Role::name, Role::id, null).id();
  }

  /**
   * A project name or ID. A name needs its space (name or ID): the space is resolved exactly first,
   * then the project is looked up in it with the {@code name} filter.
   */
  String projectId(String project, String space) {
    requireText(project, "project");
    if (isResourceId(project)) {
      return project;
    }
    if (space == null || space.isBlank()) {
      throw new NameNotFoundException("project", project, List.of(),
          "A project name is only unique within its space: pass the space (name or ID) or use the project ID.");
    }
    String spaceId = spaceId(space, null);
    PageIterable<Project> candidates =
        PageIterable.of((cursor, limit) -> context.projects(options, spaceId, null, project, limit, cursor))
            .pageSize(PAGE_SIZE);
    return exactlyOne("project", project, candidates, Project::name, Project::id, null).id();
  }

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
    return PageIterable.of((cursor, limit) -> context.users(options, email, null, limit, cursor))
        .pageSize(PAGE_SIZE).toList();
  }

  static <T> T exactlyOne(String type, String name, Iterable<T> candidates, Function<T, String> nameOf,
      Function<T, String> idOf, String hint) {
    Set<String> seen = new LinkedHashSet<>();
    List<T> matches = new ArrayList<>();
    for (T candidate : candidates) {
      String candidateName = nameOf.apply(candidate);
      seen.add(candidateName);
      if (name.equals(candidateName)) {
        matches.add(candidate);
      }
    }
    if (matches.isEmpty()) {
      throw new NameNotFoundException(type, name, List.copyOf(seen), hint);
    }
    if (matches.size() > 1) {
      throw new AmbiguousNameException(type, name, matches.stream().map(idOf).toList());
    }
    return matches.get(0);
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
