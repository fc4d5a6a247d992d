package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.Records.Account;
import io.github.arizeadmin.fake.store.Records.User;
import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Users and invitations (reference §2.3, §4.8). */
public final class UserService extends Service {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> DEFAULT_STATUSES = Set.of("ACTIVE", "INVITED", "EXPIRED");

  /**
   * The result of createUser: 201 with a CreateUserResponse, or 200 with the pending User.
   *
   * @param status 200 or 201
   * @param body the response document
   */
  public record Created(int status, Map<String, Object> body) {
  }

  UserService(Store store, Clock clock, Ids ids) {
    super(store, clock, ids);
  }

  /**
   * listUsers: account ADMIN or MEMBER; oldest first; ACTIVE, INVITED and EXPIRED unless
   * {@code statuses} says otherwise; {@code email} is a case-insensitive partial match.
   *
   * @param caller the caller
   * @param email filter, or null
   * @param statuses filter, or null/empty
   * @param limit page size, or null
   * @param cursor cursor, or null
   * @return the list response
   */
  public Map<String, Object> list(Caller caller, String email, List<String> statuses, Integer limit, String cursor) {
    Set<String> wanted = statuses == null || statuses.isEmpty() ? DEFAULT_STATUSES : Set.copyOf(statuses);
    return read(caller, (s, a) -> {
      if (!a.accountMemberOrAdmin()) {
        throw ApiError.forbidden("Account admin or member is required to list users.");
      }
      return Page.of("users", s.usersByAccount.find(caller.account()),
          u -> !u.bot() && wanted.contains(u.status()) && containsIgnoreCase(u.email(), email), Wire::user, limit,
          cursor);
    });
  }

  /**
   * createUser: account ADMIN; idempotent on the email (reference §2.3 table).
   *
   * @param caller the caller
   * @param body the request
   * @return 201 and the new user, or 200 and the pending one
   */
  public Created create(Caller caller, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      if (!a.accountAdmin()) {
        throw ApiError.forbidden("Account admin is required to create users.");
      }
      String name = name(b, "name", 255).trim();
      String email = b.string("email").trim();
      if (!EMAIL.matcher(email).matches()) {
        throw ApiError.badRequest("email: '" + email + "' is not a valid email address.");
      }
      Body role = b.object("role");
      if ("CUSTOM".equals(role.string("type"))) {
        Lookups.id(role.string("id"), "role.id", "Role");
        throw ApiError.unprocessable("role: custom account roles are not yet supported.");
      }
      String roleName = role.string("name");
      String mode = b.string("invite_mode");
      Boolean developerFlag = b.bool("is_developer");
      boolean developer = developerFlag != null ? developerFlag : !"ANNOTATOR".equals(roleName);
      User existing = s.usersByEmail.first(State.emailKey(caller.account(), email)).orElse(null);
      if (existing != null && (existing.bot() || existing.inactive() || "ACTIVE".equals(existing.status()))) {
        throw ApiError.conflict("A user with email " + email + (existing.inactive() ? " was deleted and cannot be re-invited."
            : " already exists."));
      }
      boolean none = "NONE".equals(mode);
      if (existing != null && "INVITED".equals(existing.status()) && !none) {
        return new Created(200, Wire.user(existing));
      }
      if (existing != null && none) {
        User activated = s.users.put(existing.withStatus("ACTIVE"));
        return new Created(200, Wire.user(activated));
      }
      long num = existing != null ? existing.num() : s.users.nextNumber();
      String suffix = existing != null ? existing.suffix() : ids.suffix();
      User user = s.users.put(new User(num, suffix, caller.account(), name, email, roleName, none ? "ACTIVE" : "INVITED",
          developer, false, false, existing != null ? existing.createdAt() : now()));
      Map<String, Object> out = new LinkedHashMap<>(Wire.user(user));
      out.put("invite_mode", mode);
      if ("TEMPORARY_PASSWORD".equals(mode)) {
        out.put("temporary_password", ids.password());
      }
      return new Created(201, out);
    });
  }

  /**
   * getUser: account ADMIN or MEMBER; everything else (bots, deleted users, other accounts,
   * annotator callers) is 404.
   *
   * @param caller the caller
   * @param userId the user
   * @return the user
   */
  public Map<String, Object> get(Caller caller, String userId) {
    return read(caller, (s, a) -> {
      User user = Lookups.user(s, caller, userId, "user_id");
      if (!a.accountMemberOrAdmin()) {
        throw ApiError.notFound("User " + userId + " was not found.");
      }
      return Wire.user(user);
    });
  }

  /**
   * updateUser: account ADMIN; at least one field; the name is trimmed and must not be blank.
   *
   * @param caller the caller
   * @param userId the user
   * @param body the request
   * @return the user
   */
  public Map<String, Object> update(Caller caller, String userId, Map<String, Object> body) {
    Body b = new Body(body);
    return write(caller, (s, a) -> {
      admin(a, b.has("is_developer") ? "change is_developer" : "update users");
      User user = Lookups.user(s, caller, userId, "user_id");
      if (b.isEmpty()) {
        throw ApiError.badRequest("At least one of name or is_developer is required.");
      }
      String name = user.name();
      if (b.has("name")) {
        name = b.string("name").trim();
        if (name.isEmpty() || name.length() > 255) {
          throw ApiError.badRequest("name: must be 1 to 255 characters after trimming.");
        }
      }
      Boolean developer = b.bool("is_developer");
      User updated = s.users.put(new User(user.num(), user.suffix(), user.account(), name, user.email(), user.role(),
          user.status(), developer == null ? user.developer() : developer, user.sso(), user.bot(), user.createdAt()));
      return Wire.user(updated);
    });
  }

  /**
   * deleteUser: account ADMIN; not yourself (400); idempotent on deleted users; cascades to
   * memberships, the user's API keys and role bindings.
   *
   * @param caller the caller
   * @param userId the user
   */
  public void delete(Caller caller, String userId) {
    write(caller, (s, a) -> {
      admin(a, "delete users");
      GlobalId id = Lookups.id(userId, "user_id", "User");
      User user = s.users.get(id.number())
          .filter(u -> u.account() == caller.account() && id.matches(u.suffix()) && !u.bot())
          .orElseThrow(() -> ApiError.notFound("User " + userId + " was not found."));
      if (user.num() == caller.user()) {
        throw ApiError.badRequest("user_id: you cannot delete yourself.");
      }
      if (!user.inactive()) {
        Cascades.deleteUser(s, user);
      }
      return null;
    });
  }

  /**
   * resendUserInvitation: account ADMIN; INVITED or EXPIRED users (who become INVITED); 400 for
   * verified users or when the account enforces SAML.
   *
   * @param caller the caller
   * @param userId the user
   */
  public void resendInvitation(Caller caller, String userId) {
    write(caller, (s, a) -> {
      admin(a, "resend invitations");
      User user = Lookups.user(s, caller, userId, "user_id");
      if (s.accounts.get(caller.account()).map(Account::samlEnforced).orElse(false)) {
        throw ApiError.badRequest("The account enforces SAML login; invitations cannot be resent.");
      }
      if ("ACTIVE".equals(user.status())) {
        throw ApiError.badRequest("user_id: the user has already verified the account.");
      }
      s.users.put(user.withStatus("INVITED"));
      return null;
    });
  }

  /**
   * resetUserPassword: account ADMIN; 400 for SSO users (seeded with {@code sso}, or every user of an
   * account that enforces SAML) and users who have not verified the account. Users created with
   * invite mode NONE are ACTIVE password users.
   *
   * @param caller the caller
   * @param userId the user
   */
  public void resetPassword(Caller caller, String userId) {
    read(caller, (s, a) -> {
      admin(a, "reset passwords");
      User user = Lookups.user(s, caller, userId, "user_id");
      if (user.sso() || s.accounts.get(caller.account()).map(Account::samlEnforced).orElse(false)) {
        throw ApiError.badRequest("user_id: the user signs in through SSO; there is no password to reset.");
      }
      if (!"ACTIVE".equals(user.status())) {
        throw ApiError.badRequest("user_id: the user has not verified the account yet.");
      }
      return null;
    });
  }

  private static void admin(Access a, String what) {
    if (!a.accountAdmin()) {
      throw ApiError.forbidden("Account admin is required to " + what + ".");
    }
  }
}
