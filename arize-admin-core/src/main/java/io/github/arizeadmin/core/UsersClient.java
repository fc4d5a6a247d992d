package io.github.arizeadmin.core;

import io.github.arizeadmin.api.generated.model.CreateUserRequest;
import io.github.arizeadmin.api.generated.model.CreateUserResponse;
import io.github.arizeadmin.api.generated.model.UpdateUserRequest;
import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.BulkDeletionResult;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.DeletionStatus;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import retrofit2.Response;

/**
 * The users of the account (the Python SDK's {@code client.users}). Users are never looked up by
 * display name (names are not unique): wherever a parameter is called {@code user} it takes a user ID
 * or an email (a value containing {@code @}), matched exactly but case-insensitively.
 *
 * <p>Every method may throw an {@link ArizeApiException} subclass.
 */
public final class UsersClient {
  private final ClientContext context;
  private final RequestOptions options;

  UsersClient(ClientContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
  }

  /**
   * Returns a view of this sub-client whose calls use other options. Sends nothing.
   *
   * @param requestOptions the timeout and retry overrides
   * @return the view
   */
  public UsersClient withOptions(RequestOptions requestOptions) {
    return new UsersClient(context, Objects.requireNonNull(requestOptions, "requestOptions"));
  }

  private Resolver resolver() {
    return new Resolver(context, options);
  }

  /**
   * Lists the first page of users of any status, oldest first ({@value PageIterable#DEFAULT_PAGE_SIZE}
   * per page). Sends one {@code GET /v2/users}.
   *
   * @return the page
   */
  public Page<User> list() {
    return list(UserFilter.defaults(), PageIterable.DEFAULT_PAGE_SIZE, null);
  }

  /**
   * Lists one page of users, oldest first. Sends one {@code GET /v2/users}.
   *
   * @param filter the email and status filters ({@link UserFilter#defaults()}: any user of any status)
   * @param limit the page size, 1 to 100
   * @param cursor a cursor from a previous page, or {@code null} for the first
   * @return the page
   * @throws IllegalArgumentException when the limit is out of range (before any request)
   */
  public Page<User> list(UserFilter filter, int limit, String cursor) {
    Objects.requireNonNull(filter, "filter");
    ClientContext.checkLimit(limit);
    context.beta("users.list");
    return context.users(options, filter.email(), filter.statuses(), limit, cursor);
  }

  /**
   * Iterates every user of any status, lazily: one {@code GET /v2/users} per page, from the first item
   * asked for.
   *
   * @return the iterable
   */
  public PageIterable<User> listAll() {
    return listAll(UserFilter.defaults());
  }

  /**
   * Iterates every user matching the filters, lazily: one {@code GET /v2/users} per page, from the
   * first item asked for.
   *
   * @param filter the email and status filters ({@link UserFilter#defaults()}: any user of any status)
   * @return the iterable
   */
  public PageIterable<User> listAll(UserFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return PageIterable.of((cursor, limit) -> list(filter, limit, cursor));
  }

  /**
   * Gets a user by ID or by email. An ID sends one {@code GET /v2/users/{user_id}}, and a missing user
   * raises {@link NotFoundException} (404), as in the SDK. An email sends one {@code GET
   * /v2/users?email=..} per 100 users whose email contains it (the Python SDK reads only the first
   * page), and nobody with exactly that email (ignoring case) gives an empty result.
   *
   * @param user the user's ID or email
   * @return the user; empty only when an email matched nobody
   * @throws NotFoundException when no user has that ID
   * @throws IllegalArgumentException when the value is {@code null} or blank
   */
  public Optional<User> get(String user) {
    Resolver.requireText(user, "user");
    context.beta("users.get");
    if (user.contains("@")) {
      context.beta("users.list");
      return resolver().userByEmail(user);
    }
    return Optional.of(Convert.user(context.transport().call(Endpoint.GET_USER, options,
        () -> context.api().users().getUser(user))));
  }

  /**
   * Creates (invites) a user; the developer flag takes the server's default (true for ADMIN and
   * MEMBER, false for ANNOTATOR). Sends what {@link #create(String, String, AccountRole, InviteMode,
   * Boolean)} sends.
   *
   * @param name the display name, 1 to 255 characters
   * @param email the email, the idempotency key of invitations
   * @param role the account role (predefined ADMIN, MEMBER or ANNOTATOR)
   * @param inviteMode how to invite
   * @return the user, whether it was created, and the one-time temporary password if any
   * @throws ConflictException when the email belongs to an active or deleted user
   * @throws IllegalArgumentException when the name or email is blank, the email has no {@code @}, or
   *     the mode is UNKNOWN (before any request)
   */
  public CreatedUser create(String name, String email, AccountRole role, InviteMode inviteMode) {
    return create(name, email, role, inviteMode, null);
  }

  /**
   * Creates (invites) a user. Sends one {@code POST /v2/users}: retried on 429/502/503/504 with an
   * invitation mode, which the service keys on the email; never retried with {@link InviteMode#NONE}.
   * With {@link InviteMode#EMAIL_LINK} or {@link InviteMode#TEMPORARY_PASSWORD}, an email that already
   * has a pending invitation gets it back unchanged ({@link CreatedUser#created()} false) and no email
   * is sent; an active or deleted email raises {@link ConflictException}.
   *
   * @param name the display name, 1 to 255 characters
   * @param email the email
   * @param role the account role (predefined ADMIN, MEMBER or ANNOTATOR)
   * @param inviteMode how to invite
   * @param isDeveloper the developer flag, or {@code null} for the server's default
   * @return the user, whether it was created, and the one-time temporary password if any
   * @throws ConflictException when the email belongs to an active or deleted user
   * @throws IllegalArgumentException when the name or email is blank, the email has no {@code @}, or
   *     the mode is UNKNOWN (before any request)
   */
  public CreatedUser create(String name, String email, AccountRole role, InviteMode inviteMode, Boolean isDeveloper) {
    Resolver.requireText(name, "name");
    Resolver.requireText(email, "email");
    if (!email.contains("@")) {
      throw new IllegalArgumentException("Not an email address: '" + email + "'");
    }
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(inviteMode, "inviteMode");
    CreateUserRequest body = new CreateUserRequest().name(name).email(email)
        .role(Convert.wire(role, resolver()::roleId))
        .inviteMode(Convert.wire(io.github.arizeadmin.api.generated.model.InviteMode.class, inviteMode, "Invite mode"))
        .isDeveloper(isDeveloper);
    context.beta("users.create");
    Endpoint endpoint = inviteMode == InviteMode.NONE ? Endpoint.CREATE_USER : Endpoint.CREATE_USER_INVITATION;
    Response<CreateUserResponse> answer = context.transport().exchange(endpoint, options,
        () -> context.api().users().createUser(body));
    if (answer.body() == null) {
      throw new TransportException(
          "POST /v2/users answered HTTP " + answer.code() + " without a body", null);
    }
    return Convert.createdUser(answer.body(), answer.code());
  }

  /**
   * Renames a user or changes the developer flag (the latter needs an account admin). Sends one {@code
   * PATCH /v2/users/{user_id}}, after an email's lookup.
   *
   * @param user the user's ID or email
   * @param name the new name, or {@code null} to keep it
   * @param isDeveloper the new developer flag, or {@code null} to keep it
   * @return the updated user
   * @throws IllegalArgumentException when both are {@code null} or the name is blank (before any request)
   * @throws ForbiddenException when a non-admin changes the developer flag
   * @throws NameNotFoundException when nobody has that email
   */
  public User update(String user, String name, Boolean isDeveloper) {
    if (name == null && isDeveloper == null) {
      throw new IllegalArgumentException("Nothing to update: give a name or a developer flag");
    }
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("A user name must not be blank");
    }
    context.beta("users.update");
    String id = resolver().userId(user);
    UpdateUserRequest body = new UpdateUserRequest().name(name).isDeveloper(isDeveloper);
    return Convert.user(context.transport().call(Endpoint.UPDATE_USER, options,
        () -> context.api().users().updateUser(id, body)));
  }

  /**
   * Deletes (permanently blocks) a user, with their memberships, API keys and role bindings. Sends one
   * {@code DELETE /v2/users/{user_id}}, after an email's lookup; deleting a deleted user succeeds.
   *
   * @param user the user's ID or email
   * @throws NameNotFoundException when nobody has that email
   * @throws BadRequestException when callers delete themselves
   */
  public void delete(String user) {
    context.beta("users.delete");
    String id = resolver().userId(user);
    context.transport().run(Endpoint.DELETE_USER, options, () -> context.api().users().deleteUser(id));
  }

  /**
   * Sends a new invitation email to an invited user. Sends one {@code POST
   * /v2/users/{user_id}/resend-invitation} (never retried: each sends an email), after an email's lookup.
   *
   * @param user the user's ID or email
   * @throws BadRequestException when the user is already verified
   * @throws NameNotFoundException when nobody has that email
   */
  public void resendInvitation(String user) {
    context.beta("users.resendInvitation");
    String id = resolver().userId(user);
    context.transport().run(Endpoint.RESEND_USER_INVITATION, options,
        () -> context.api().users().resendUserInvitation(id));
  }

  /**
   * Emails a password-reset link (valid 30 minutes) to a verified, non-SSO user. Sends one {@code POST
   * /v2/users/{user_id}/reset-password} (never retried: each sends an email), after an email's lookup.
   *
   * @param user the user's ID or email
   * @throws BadRequestException when the user is unverified or signs in through SSO
   * @throws NameNotFoundException when nobody has that email
   */
  public void resetPassword(String user) {
    context.beta("users.resetPassword");
    String id = resolver().userId(user);
    context.transport().run(Endpoint.RESET_USER_PASSWORD, options, () -> context.api().users().resetUserPassword(id));
  }

  /**
   * Deletes several users, one request each, and reports each outcome instead of throwing: emails are
   * resolved first (an unknown email gives {@link DeletionStatus#NOT_FOUND} with user ID {@code ""});
   * then the given IDs and the resolved ones are deleted in that order ({@link DeletionStatus#DELETED}, or
   * {@link DeletionStatus#FAILED} with the error's message). Sends one email lookup per email, then one
   * {@code DELETE /v2/users/{user_id}} per user.
   *
   * @param userIds user IDs, possibly empty
   * @param emails emails, possibly empty
   * @return one result per ID and per email
   * @throws IllegalArgumentException when both lists are empty
   */
  public List<BulkDeletionResult> bulkDelete(List<String> userIds, List<String> emails) {
    List<String> ids = userIds == null ? List.of() : List.copyOf(userIds);
    List<String> byEmail = emails == null ? List.of() : List.copyOf(emails);
    if (ids.isEmpty() && byEmail.isEmpty()) {
      throw new IllegalArgumentException("Nothing to delete: give user IDs or emails");
    }
    context.beta("users.bulkDelete");
    List<BulkDeletionResult> results = new ArrayList<>();
    List<String[]> resolved = new ArrayList<>();
    Resolver resolver = resolver();
    for (String email : byEmail) {
      Optional<User> found;
      try {
        found = resolver.userByEmail(email);
      } catch (ArizeApiException failure) {
        results.add(new BulkDeletionResult("", DeletionStatus.FAILED, Optional.of(email), Optional.of(failure.getMessage())));
        continue;
      }
      if (found.isEmpty()) {
        results.add(new BulkDeletionResult("", DeletionStatus.NOT_FOUND, Optional.of(email),
            Optional.of("No user with email '" + email + "'")));
      } else {
        resolved.add(new String[] {found.get().id(), email});
      }
    }
    for (String id : ids) {
      results.add(deleteOne(id, Optional.empty()));
    }
    for (String[] pair : resolved) {
      results.add(deleteOne(pair[0], Optional.of(pair[1])));
    }
    return List.copyOf(results);
  }

  private BulkDeletionResult deleteOne(String id, Optional<String> email) {
    try {
      delete(id);
      return new BulkDeletionResult(id, DeletionStatus.DELETED, email, Optional.empty());
    } catch (ArizeApiException | IllegalArgumentException failure) {
      return new BulkDeletionResult(id, DeletionStatus.FAILED, email, Optional.of(failure.getMessage()));
    }
  }

  @Override
  public String toString() {
    return "UsersClient{options=" + options + "}";
  }
}
