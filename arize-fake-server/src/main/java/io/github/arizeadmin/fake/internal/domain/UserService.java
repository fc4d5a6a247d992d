package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Records;
import io.github.arizeadmin.fake.internal.store.Records.Account;
import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import io.github.arizeadmin.fake.state.InviteMode;
import io.github.arizeadmin.fake.state.User;
import io.github.arizeadmin.fake.state.UserRole;
import io.github.arizeadmin.fake.state.UserStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Users and invitations. */
public final class UserService extends Service {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<UserStatus> DEFAULT_STATUSES = EnumSet.allOf(UserStatus.class);

  /**
   * createUser's body.
   *
   * @param name the name
   * @param email the email address
   * @param role the account role (custom roles are 422)
   * @param inviteMode how to invite
   * @param developer the developer flag, or null (by role: annotators are not developers)
   */
  public record Create(String name, String email, RoleInput<UserRole> role, InviteMode inviteMode,
      Boolean developer) {
  }

  /**
   * updateUser's body (null: unchanged).
   *
   * @param name the new name
   * @param developer the new developer flag
   */
  public record Update(String name, Boolean developer) {
  }

  /**
   * createUser's result: a new user (201, with the invite mode and any temporary password), or the
   * pending user with that email (200).
   *
   * @param user the user
   * @param created whether the user is new
   * @param inviteMode the invite mode of a new user
   * @param temporaryPassword the temporary password, or null
   */
  public record Created(User user, boolean created, InviteMode inviteMode, String temporaryPassword) {
  }

  /**
   * A new user as the rules take it (from the API, a seed, or a service key's bot).
   *
   * @param name the name
   * @param email the email
   * @param role the account role
   * @param status the status
   * @param developer the developer flag
   * @param sso whether the user signs in through SSO
   * @param bot whether it is a service key's bot
   */
  record NewUser(String name, String email, UserRole role, UserStatus status, boolean developer, boolean sso,
      boolean bot) {
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
   * @return the page
   */
  public Page<User> list(Caller caller, String email, List<UserStatus> statuses, Integer limit, String cursor) {
    Set<UserStatus> wanted = statuses == null || statuses.isEmpty() ? DEFAULT_STATUSES : EnumSet.copyOf(statuses);
    Page.Request page = Page.Request.of(limit, cursor);
    return read(caller, (s, a) -> {
      if (!a.accountMemberOrAdmin()) {
        throw ApiError.forbidden("Account admin or member is required to list users.");
      }
      var byEmail = email == null ? null : s.users().emailMayContain(email, page.after());
      return page.page(after -> byEmail != null ? byEmail : s.users().ofAccount(caller.account(), after),
          u -> u.account() == caller.account() && !u.bot() && !u.deleted() && wanted.contains(u.status())
              && containsIgnoreCase(u.email(), email),
          UserService::view);
    });
  }

  /**
   * createUser: account ADMIN; idempotent on the email: a pending (INVITED or EXPIRED) user is
   * returned as is (200), or activated by invite mode NONE; an active, deleted or bot email is 409.
   *
   * @param caller the caller
   * @param command the request
   * @return the new or pending user
   */
  public Created create(Caller caller, Create command) {
    return write(caller, (s, a) -> {
      if (!a.accountAdmin()) {
        throw ApiError.forbidden("Account admin is required to create users.");
      }
      String name = name(command.name(), "name", 255).trim();
      String email = email(command.email());
      if (command.role().isCustom()) {
        Lookups.id(command.role().customId(), "role.id", GlobalId.ROLE);
        throw ApiError.unprocessable("role", "custom account roles are not yet supported.");
      }
      UserRole role = command.role().predefined();
      boolean none = command.inviteMode() == InviteMode.NONE;
      Records.User existing = s.users().byEmail(caller.account(), email).orElse(null);
      if (existing != null && (existing.bot() || existing.deleted() || existing.status() == UserStatus.ACTIVE)) {
        throw ApiError.conflict("email", existing.deleted() ? "the user with email " + email
            + " was deleted and cannot be re-invited." : "a user with email " + email + " already exists.");
      }
      if (existing != null && existing.status() == UserStatus.INVITED && !none) {
        return new Created(view(existing), false, null, null);
      }
      if (existing != null && none) {
        Records.User activated = s.users().put(existing.withStatus(UserStatus.ACTIVE));
        return new Created(view(activated), false, null, null);
      }
      boolean developer = command.developer() != null ? command.developer() : role != UserRole.ANNOTATOR;
      NewUser fresh = new NewUser(name, email, role, none ? UserStatus.ACTIVE : UserStatus.INVITED, developer, false,
          false);
      Records.User user = existing != null
          ? s.users().put(toRecord(fresh, caller.account(), new Origin(existing.num(), existing.tag(),
              existing.createdAt())))
          : insert(s, caller.account(), fresh, Origin.fresh(s.users(), ids, now()));
      String password = command.inviteMode() == InviteMode.TEMPORARY_PASSWORD ? ids.password() : null;
      return new Created(view(user), true, command.inviteMode(), password);
    });
  }

  /** The email rules (valid, unique in the account), then the insert: shared by the API, bots and seeds. */
  static Records.User insert(State s, long account, NewUser user, Origin origin) {
    String email = email(user.email());
    if (s.users().byEmail(account, email).isPresent()) {
      throw ApiError.conflict("email", "duplicate email " + email + " (a user with this email already exists).");
    }
    return s.users().put(toRecord(user, account, origin));
  }

  private static Records.User toRecord(NewUser u, long account, Origin origin) {
    return new Records.User(origin.number(), origin.tag(), account, u.name(), u.email(), u.role(), u.status(), false,
        u.developer(), u.sso(), u.bot(), origin.at());
  }

  static String email(String raw) {
    String email = raw == null ? null : raw.trim();
    if (email == null || email.isEmpty()) {
      throw ApiError.badRequest("email", "is required.");
    }
    if (!EMAIL.matcher(email).matches()) {
      throw ApiError.badRequest("email", "'" + email + "' is not a valid email address.");
    }
    return email;
  }

  /**
   * getUser: account ADMIN or MEMBER; everything else (bots, deleted users, other accounts,
   * annotator callers) is 404.
   *
   * @param caller the caller
   * @param userId the user
   * @return the user
   */
  public User get(Caller caller, String userId) {
    return read(caller, (s, a) -> {
      Records.User user = Lookups.user(s, caller.account(), userId, "user_id");
      if (!a.accountMemberOrAdmin()) {
        throw ApiError.notFound("User " + userId + " was not found.");
      }
      return view(user);
    });
  }

  /**
   * updateUser: account ADMIN; at least one field; the name is trimmed and must not be blank.
   *
   * @param caller the caller
   * @param userId the user
   * @param command the request
   * @return the user
   */
  public User update(Caller caller, String userId, Update command) {
    return write(caller, (s, a) -> {
      admin(a, command.developer() != null ? "change is_developer" : "update users");
      Records.User user = Lookups.user(s, caller.account(), userId, "user_id");
      atLeastOne("name or is_developer", command.name(), command.developer());
      String name = user.name();
      if (command.name() != null) {
        name = command.name().trim();
        if (name.isEmpty() || name.length() > 255) {
          throw ApiError.badRequest("name", "must be 1 to 255 characters after trimming.");
        }
      }
      return view(s.users().put(user.with(name, command.developer() == null ? user.developer() : command.developer())));
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
      GlobalId id = Lookups.id(userId, "user_id", GlobalId.USER);
      Records.User user = s.users().get(id.number())
          .filter(u -> u.account() == caller.account() && id.matches(u.tag()) && !u.bot())
          .orElseThrow(() -> ApiError.notFound("User " + userId + " was not found."));
      if (user.num() == caller.user()) {
        throw ApiError.badRequest("user_id", "you cannot delete yourself.");
      }
      if (!user.deleted()) {
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
      Records.User user = Lookups.user(s, caller.account(), userId, "user_id");
      if (s.accounts().get(caller.account()).map(Account::samlEnforced).orElse(false)) {
        throw ApiError.badRequest("The account enforces SAML login; invitations cannot be resent.");
      }
      if (user.status() == UserStatus.ACTIVE) {
        throw ApiError.badRequest("user_id", "the user has already verified the account.");
      }
      s.users().put(user.withStatus(UserStatus.INVITED));
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
      Records.User user = Lookups.user(s, caller.account(), userId, "user_id");
      if (user.sso() || s.accounts().get(caller.account()).map(Account::samlEnforced).orElse(false)) {
        throw ApiError.badRequest("user_id", "the user signs in through SSO; there is no password to reset.");
      }
      if (user.status() != UserStatus.ACTIVE) {
        throw ApiError.badRequest("user_id", "the user has not verified the account yet.");
      }
      return null;
    });
  }

  static User view(Records.User u) {
    return new User(Lookups.userId(u), u.name(), u.email(), u.role(), u.status(), u.developer(), u.createdAt());
  }

  private static void admin(Access a, String what) {
    if (!a.accountAdmin()) {
      throw ApiError.forbidden("Account admin is required to " + what + ".");
    }
  }
}
