package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.AccountRole;
import io.github.arizeadmin.core.model.CreatedUser;
import io.github.arizeadmin.core.model.InviteMode;
import io.github.arizeadmin.core.model.User;
import io.github.arizeadmin.core.model.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin users}: the account's users. USER is a user ID or an email. */
@Command(name = "users", description = "Users of the account. USER is a user ID or an email.",
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin users list --email jane --status active",
        "  arize-admin users create --full-name \"Jane Doe\" --email jane@example.com --role member --invite-mode email_link",
        "  arize-admin users delete jane@example.com --force"})
final class UsersCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListUsers.class,
      GetUser.class,
      CreateUser.class,
      UpdateUser.class,
      DeleteUser.class,
      ResendInvitation.class,
      ResetPassword.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  @Command(name = "list", description = "List users, oldest first.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin users list", "  arize-admin users list --email \"jane\"",
          "  arize-admin users list --status active,invited", "  arize-admin users list -l 100 -o json"})
  static final class ListUsers implements Callable<Integer> {
    private final Context context;

    @Option(names = "--email", paramLabel = "TEXT", description = "Only users whose email contains this text.")
    String email;

    @Option(names = "--status", paramLabel = "STATUS", split = ",", converter = Values.UserStatuses.class,
        completionCandidates = Values.UserStatuses.class,
        description = "Only users with this status: ${COMPLETION-CANDIDATES} (repeat or comma-separate).")
    List<UserStatus> statuses = new ArrayList<>();

    @Mixin
    ListOptions listing;

    ListUsers(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.USER, listing, context.admin().users(email, statuses));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show one user.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin users get VXNlcjoyOkRFdVY=", "  arize-admin users get jane@example.com -o json"})
  static final class GetUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "USER", description = "The user's ID or email.")
    String user;

    GetUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.USER, context.admin().user(user));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = {"Invite a user (or add one directly with --invite-mode none).",
      "Inviting an email that already has a pending invitation returns that invitation and sends no email."},
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin users create --full-name \"Jane Doe\" --email jane@example.com --role member"
          + " --invite-mode email_link",
          "  arize-admin users create --full-name \"SSO Bot\" --email bot@example.com --role annotator --invite-mode none"})
  static final class CreateUser implements Callable<Integer> {
    private final Context context;

    @Option(names = "--full-name", required = true, paramLabel = "NAME", description = "The display name.")
    String name;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The email (the invitation's key).")
    String email;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "member", converter = Values.AccountRoles.class,
        completionCandidates = Values.AccountRoles.class,
        description = "Account role: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    AccountRole role;

    @Option(names = "--invite-mode", paramLabel = "MODE", defaultValue = "email_link",
        converter = Values.InviteModes.class, completionCandidates = Values.InviteModes.class,
        description = "How to invite: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    InviteMode inviteMode;

    @Option(names = "--is-developer", negatable = true,
        description = "Grant (or with --no-is-developer, withhold) the developer flag; default: the service's"
            + " (on for admins and members).")
    Boolean developer;

    CreateUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      CreatedUser created = context.admin().createUser(name, email, role, inviteMode, developer);
      context.printer().item(Views.CREATED_USER, created);
      if (!created.created()) {
        context.say("An invitation for " + email + " was already pending: it is returned unchanged and no email was sent.");
      }
      if (created.temporaryPassword().isPresent()) {
        context.warnOnce("temporary password");
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = "Rename a user or change the developer flag (account admins only).",
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin users update jane@example.com --full-name \"Jane Smith\"",
          "  arize-admin users update VXNlcjoyOkRFdVY= --is-developer"})
  static final class UpdateUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "USER", description = "The user's ID or email.")
    String user;

    @Option(names = "--full-name", paramLabel = "NAME", description = "The new display name.")
    String name;

    @Option(names = "--is-developer", negatable = true,
        description = "Grant the developer flag (--no-is-developer takes it away).")
    Boolean developer;

    UpdateUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.USER, context.admin().updateUser(user, name, developer));
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = {"Delete (permanently block) a user.",
      "Removes all their organization and space memberships, API keys and role bindings; asks first."},
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin users delete jane@example.com", "  arize-admin users delete VXNlcjoyOkRFdVY= --force"})
  static final class DeleteUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "USER", description = "The user's ID or email.")
    String user;

    @Mixin
    ForceOption force;

    DeleteUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      User target = context.admin().user(user);
      context.confirmThen(force.force, "This deletes user " + target.email() + " and removes all their organization"
          + " and space memberships, API keys and role bindings.",
          () -> context.admin().deleteUser(target.id()), "Deleted user " + target.email() + " (" + target.id() + ").");
      return ExitCode.OK;
    }
  }

  @Command(name = "resend-invitation", description = "Send a new invitation email to an invited user.",
      footerHeading = "%nExamples:%n", footer = "  arize-admin users resend-invitation jane@example.com")
  static final class ResendInvitation implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "USER", description = "The user's ID or email.")
    String user;

    ResendInvitation(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.admin().resendInvitation(user);
      context.say("Sent a new invitation to " + user + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "reset-password", description = "Email a password-reset link (valid 30 minutes) to a user.",
      footerHeading = "%nExamples:%n", footer = "  arize-admin users reset-password jane@example.com")
  static final class ResetPassword implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "USER", description = "The user's ID or email.")
    String user;

    ResetPassword(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.admin().resetPassword(user);
      context.say("Sent a password-reset link to " + user + ".");
      return ExitCode.OK;
    }
  }
}
