package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.Organization;
import io.github.arizeadmin.core.model.OrganizationRole;
import io.github.arizeadmin.core.model.User;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin organizations}. ORGANIZATION is a name or an ID. */
@Command(name = "organizations", description = "Organizations of the account. ORGANIZATION is a name or an ID.",
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin organizations list --name platform",
        "  arize-admin organizations create --name \"Platform Team\" --description \"Core ML platform\"",
        "  arize-admin organizations add-user \"Platform Team\" --user-id jane@example.com --role member"})
final class OrganizationsCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListOrganizations.class,
      GetOrganization.class,
      CreateOrganization.class,
      UpdateOrganization.class,
      DeleteOrganization.class,
      AddUser.class,
      RemoveUser.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  @Command(name = "list", description = "List the organizations you can access.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin organizations list", "  arize-admin organizations list --name \"platform\"",
          "  arize-admin organizations list -l 100 -o json"})
  static final class ListOrganizations implements Callable<Integer> {
    private final Context context;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only names containing this text (any case).")
    String name;

    @Mixin
    ListOptions listing;

    ListOrganizations(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.ORGANIZATION, listing, context.admin().organizations(name));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show one organization.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin organizations get \"Platform Team\"")
  static final class GetOrganization implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ORGANIZATION", description = "The organization's name or ID.")
    String organization;

    GetOrganization(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ORGANIZATION, context.admin().organization(organization));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = "Create an organization (the name is unique in the account).",
      footerHeading = "%nExamples:%n",
      footer = "  arize-admin organizations create --name \"Platform Team\" --description \"Core ML platform\"")
  static final class CreateOrganization implements Callable<Integer> {
    private final Context context;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "The description.")
    String description;

    CreateOrganization(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ORGANIZATION, context.admin().createOrganization(name, description));
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = "Rename or re-describe an organization.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin organizations update \"Platform Team\" --name \"ML Platform\" --description \"Updated\"")
  static final class UpdateOrganization implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ORGANIZATION", description = "The organization's name or ID.")
    String organization;

    @Option(names = "--name", paramLabel = "NAME", description = "The new name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "The new description (\"\" clears it).")
    String description;

    UpdateOrganization(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ORGANIZATION, context.admin().updateOrganization(organization, name, description));
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = {"Delete an organization and everything in it; asks first.",
      "Irreversible: its spaces go too, with their projects, memberships and role bindings."},
      footerHeading = "%nExamples:%n", footer = "  arize-admin organizations delete \"Platform Team\" --force")
  static final class DeleteOrganization implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ORGANIZATION", description = "The organization's name or ID.")
    String organization;

    @Mixin
    ForceOption force;

    DeleteOrganization(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Organization target = context.admin().organization(organization);
      String named = Views.named(target.name(), target.id());
      context.confirmThen(force.force, "This deletes organization " + named + " with all its spaces and everything in"
          + " them: projects, memberships and role bindings. It cannot be undone.",
          () -> context.admin().deleteOrganization(target.id()), "Deleted organization " + named + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "add-user", description = {"Add a user to an organization, or change a member's role.",
      "The user must already exist in the account."}, footerHeading = "%nExamples:%n",
      footer = {"  arize-admin organizations add-user \"Platform Team\" --user-id VXNlcjoyOkRFdVY= --role member",
          "  arize-admin organizations add-user \"Platform Team\" --user-id jane@example.com --role read-only"})
  static final class AddUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ORGANIZATION", description = "The organization's name or ID.")
    String organization;

    @Mixin
    MemberOption member;

    @Option(names = "--role", required = true, paramLabel = "ROLE", converter = Values.OrganizationRoles.class,
        completionCandidates = Values.OrganizationRoles.class,
        description = "Organization role: ${COMPLETION-CANDIDATES} (or the wire's ADMIN, READ_ONLY...).")
    OrganizationRole role;

    AddUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ORGANIZATION_MEMBERSHIP, context.admin().addOrganizationUser(organization, member.user, role));
      return ExitCode.OK;
    }
  }

  @Command(name = "remove-user", description = {"Remove a user from an organization and all its spaces; asks first."},
      footerHeading = "%nExamples:%n",
      footer = "  arize-admin organizations remove-user \"Platform Team\" --user-id jane@example.com --force")
  static final class RemoveUser implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ORGANIZATION", description = "The organization's name or ID.")
    String organization;

    @Mixin
    MemberOption member;

    @Mixin
    ForceOption force;

    RemoveUser(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Organization target = context.admin().organization(organization);
      User user = context.admin().user(member.user);
      context.confirmThen(force.force, "This removes user " + user.email() + " from organization \"" + target.name()
          + "\" and from every space in it.",
          () -> context.admin().removeOrganizationUser(target.id(), user.id()),
          "Removed " + user.email() + " from organization \"" + target.name() + "\".");
      return ExitCode.OK;
    }
  }
}
