package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.Space;
import io.github.arizeadmin.core.model.SpaceRole;
import io.github.arizeadmin.core.model.User;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin spaces}. SPACE is a name or an ID. */
@Command(name = "spaces", description = {"Spaces of the organizations. SPACE is a name or an ID.",
    "A space name shared by two organizations is ambiguous: use the ID then."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin spaces list --organization-id \"Platform Team\"",
        "  arize-admin spaces create --name team-alpha --organization-id \"Platform Team\"",
        "  arize-admin spaces add-user team-alpha --user-id jane@example.com --role member"})
final class SpacesCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListSpaces.class,
      GetSpace.class,
      CreateSpace.class,
      UpdateSpace.class,
      DeleteSpace.class,
      AddUser.class,
      RemoveUser.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  @Command(name = "list", description = "List the spaces you can access.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin spaces list", "  arize-admin spaces list --organization-id T3JnYW5pemF0aW9uOjI6S2V3Sw==",
          "  arize-admin spaces list --name alpha -o csv"})
  static final class ListSpaces implements Callable<Integer> {
    private final Context context;

    @Option(names = "--organization-id", paramLabel = "ORGANIZATION",
        description = "Only the spaces of this organization (name or ID).")
    String organization;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only names containing this text (any case).")
    String name;

    @Mixin
    ListOptions listing;

    ListSpaces(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.SPACE, listing, context.admin().spaces(organization, name));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show one space.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin spaces get \"my-workspace\"")
  static final class GetSpace implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "SPACE", description = "The space's name or ID.")
    String space;

    GetSpace(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.SPACE, context.admin().space(space));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = "Create a space in an organization (the name is unique there).",
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin spaces create --name \"team-alpha\" --organization-id T3JnYW5pemF0aW9uOjI6S2V3Sw==",
          "  arize-admin spaces create --name team-beta --organization-id \"Platform Team\" --description \"Beta team\""})
  static final class CreateSpace implements Callable<Integer> {
    private final Context context;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name.")
    String name;

    @Option(names = "--organization-id", required = true, paramLabel = "ORGANIZATION",
        description = "The organization (name or ID).")
    String organization;

    @Option(names = "--description", paramLabel = "TEXT", description = "The description.")
    String description;

    CreateSpace(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.SPACE, context.admin().createSpace(name, organization, description));
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = "Rename or re-describe a space.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin spaces update \"team-alpha\" --name \"team-alpha-v2\"")
  static final class UpdateSpace implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "SPACE", description = "The space's name or ID.")
    String space;

    @Option(names = "--name", paramLabel = "NAME", description = "The new name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "The new description.")
    String description;

    UpdateSpace(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.SPACE, context.admin().updateSpace(space, name, description));
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = {"Delete a space and everything in it; asks first. Irreversible."},
      footerHeading = "%nExamples:%n", footer = "  arize-admin spaces delete \"team-alpha\" --force")
  static final class DeleteSpace implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "SPACE", description = "The space's name or ID.")
    String space;

    @Mixin
    ForceOption force;

    DeleteSpace(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Space target = context.admin().space(space);
      String named = Views.named(target.name(), target.id());
      context.confirmThen(force.force, "This deletes space " + named + " and everything in it: its projects with"
          + " their data, memberships and role bindings. It cannot be undone.",
          () -> context.admin().deleteSpace(target.id()), "Deleted space " + named + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "add-user", description = {"Add a user to a space, or change a member's role.",
      "The user must already be a member of the space's organization."}, footerHeading = "%nExamples:%n",
      footer = {"  arize-admin spaces add-user \"team-alpha\" --user-id VXNlcjoyOkRFdVY= --role member",
          "  arize-admin spaces add-user team-alpha --user-id jane@example.com --role \"Data Scientist\""})
  static final class AddUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "SPACE", description = "The space's name or ID.")
    String space;

    @Mixin
    MemberOption member;

    @Option(names = "--role", required = true, paramLabel = "ROLE", converter = Values.SpaceRoles.class,
        completionCandidates = Values.SpaceRoles.class,
        description = "Space role: ${COMPLETION-CANDIDATES} (or the wire's ADMIN, READ_ONLY...), or a custom"
            + " role's name or ID.")
    SpaceRole role;

    AddUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.SPACE_MEMBERSHIP, context.admin().addSpaceUser(space, member.user, role));
      return ExitCode.OK;
    }
  }

  @Command(name = "remove-user", description = "Remove a user from a space, with their role bindings on it; asks first.",
      footerHeading = "%nExamples:%n",
      footer = "  arize-admin spaces remove-user \"team-alpha\" --user-id jane@example.com --force")
  static final class RemoveUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "SPACE", description = "The space's name or ID.")
    String space;

    @Mixin
    MemberOption member;

    @Mixin
    ForceOption force;

    RemoveUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Space target = context.admin().space(space);
      User user = context.admin().user(member.user);
      context.confirmThen(force.force, "This removes user " + user.email() + " from space \"" + target.name()
          + "\" and deletes their role bindings on it.",
          () -> context.admin().removeSpaceUser(target.id(), user.id()),
          "Removed " + user.email() + " from space \"" + target.name() + "\".");
      return ExitCode.OK;
    }
  }
}
