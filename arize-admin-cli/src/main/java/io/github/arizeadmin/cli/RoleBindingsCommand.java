package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.ResourceType;
import io.github.arizeadmin.core.model.RoleBinding;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin role-bindings}: one role for one user on one space or project. */
@Command(name = "role-bindings", description = {"Role bindings: one role for one user on one space or project.",
    "A user has at most one binding per resource; change its role with update."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin role-bindings create --user-id jane@example.com --role-id \"Data Scientist\""
        + " --resource-type SPACE --resource-id team-alpha",
        "  arize-admin role-bindings list --resource-type PROJECT --user-id jane@example.com"})
final class RoleBindingsCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListBindings.class,
      GetBinding.class,
      CreateBinding.class,
      UpdateBinding.class,
      DeleteBinding.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  @Command(name = "list", description = "List the account's bindings on spaces or on projects.",
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin role-bindings list --resource-type SPACE",
          "  arize-admin role-bindings list --resource-type PROJECT --user-id VXNlcjoyOkRFdVY= -o json"})
  static final class ListBindings implements Callable<Integer> {
    private final Context context;

    @Option(names = "--resource-type", required = true, paramLabel = "TYPE",
        converter = Values.ResourceTypes.class, completionCandidates = Values.ResourceTypes.class,
        description = "Bindings on: ${COMPLETION-CANDIDATES}.")
    ResourceType type;

    @Option(names = "--user-id", paramLabel = "USER", description = "Only this user's bindings (ID or email).")
    String user;

    @Mixin
    ListOptions listing;

    ListBindings(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.ROLE_BINDING, listing, context.admin().roleBindings(type, user));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show one binding.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin role-bindings get Um9sZUJpbmRpbmc6MTp0SlBm")
  static final class GetBinding implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "BINDING_ID", description = "The binding's ID.")
    String binding;

    GetBinding(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ROLE_BINDING, context.admin().roleBinding(binding));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = {"Bind a role to a user on a space or a project.",
      "A project given by name needs --space; IDs need nothing else."}, footerHeading = "%nExamples:%n",
      footer = {"  arize-admin role-bindings create --user-id USER_GLOBAL_ID --role-id ROLE_GLOBAL_ID"
          + " --resource-type SPACE --resource-id SPACE_GLOBAL_ID",
          "  arize-admin role-bindings create --user-id jane@example.com --role-id \"Data Scientist\""
              + " --resource-type PROJECT --resource-id fraud-model --space team-alpha"})
  static final class CreateBinding implements Callable<Integer> {
    private final Context context;

    @Option(names = "--user-id", required = true, paramLabel = "USER", description = "The user's ID or email.")
    String user;

    @Option(names = "--role-id", required = true, paramLabel = "ROLE", description = "The role's ID or name.")
    String role;

    @Option(names = "--resource-type", required = true, paramLabel = "TYPE",
        converter = Values.ResourceTypes.class, completionCandidates = Values.ResourceTypes.class,
        description = "${COMPLETION-CANDIDATES}.")
    ResourceType type;

    @Option(names = "--resource-id", required = true, paramLabel = "RESOURCE",
        description = "The space's or project's ID (or name; a project name needs --space).")
    String resource;

    @Option(names = "--space", paramLabel = "SPACE", description = "The project's space (name or ID).")
    String space;

    CreateBinding(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ROLE_BINDING, context.admin().createRoleBinding(user, role, type, resource, space));
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = "Give a binding another role (user and resource stay).",
      footerHeading = "%nExamples:%n", footer = "  arize-admin role-bindings update BINDING_ID --role-id NEW_ROLE_ID")
  static final class UpdateBinding implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "BINDING_ID", description = "The binding's ID.")
    String binding;

    @Option(names = "--role-id", required = true, paramLabel = "ROLE", description = "The new role's ID or name.")
    String role;

    UpdateBinding(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ROLE_BINDING, context.admin().updateRoleBinding(binding, role));
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = "Delete a binding; asks first.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin role-bindings delete BINDING_ID --force")
  static final class DeleteBinding implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "BINDING_ID", description = "The binding's ID.")
    String binding;

    @Mixin
    ForceOption force;

    DeleteBinding(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      RoleBinding target = context.admin().roleBinding(binding);
      context.confirmThen(force.force, "This deletes role binding " + target.id() + ": user " + target.userId()
          + " loses role " + target.roleId() + " on " + target.resourceType().name() + " " + target.resourceId() + ".",
          () -> context.admin().deleteRoleBinding(target.id()), "Deleted role binding " + target.id() + ".");
      return ExitCode.OK;
    }
  }
}
