package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.Permission;
import io.github.arizeadmin.core.model.Role;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin roles}: predefined and custom RBAC roles. ROLE is a name or an ID. */
@Command(name = "roles", description = "RBAC roles of the account, predefined and custom. ROLE is a name or an ID.",
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin roles list --is-custom -o json",
        "  arize-admin roles create --name \"Data Scientist\" --permissions \"PROJECT_READ,DATASET_CREATE\"",
        "  arize-admin roles get \"Data Scientist\""})
final class RolesCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListRoles.class,
      GetRole.class,
      CreateRole.class,
      UpdateRole.class,
      DeleteRole.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  /** At most one of the two filters. */
  static final class Kind {
    @Option(names = "--is-custom", description = "Only custom roles (their IDs are stable, for SAML mappings).")
    boolean custom;

    @Option(names = "--is-predefined", description = "Only the predefined (system) roles.")
    boolean predefined;
  }

  @Command(name = "list", description = "List roles, predefined and custom.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin roles list", "  arize-admin roles list --is-custom -o json",
          "  arize-admin roles list --is-predefined"})
  static final class ListRoles implements Callable<Integer> {
    private final Context context;

    @ArgGroup(exclusive = true)
    Kind kind;

    @Mixin
    ListOptions listing;

    ListRoles(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Boolean predefined = kind == null ? null : Boolean.valueOf(kind.predefined);
      context.list(Views.ROLE, listing, context.admin().roles(predefined));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show one role and its permissions.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin roles get \"Data Scientist\"", "  arize-admin roles get Admin -o json"})
  static final class GetRole implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ROLE", description = "The role's name or ID.")
    String role;

    GetRole(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ROLE, context.admin().role(role));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = "Create a custom role.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin roles create --name \"Data Scientist\" --permissions \"PROJECT_READ,DATASET_CREATE,"
          + "EXPERIMENT_CREATE\" --description \"Read traces, create datasets and experiments\"")
  static final class CreateRole implements Callable<Integer> {
    private final Context context;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name, unique in the account.")
    String name;

    @Option(names = "--permissions", required = true, paramLabel = "LIST", converter = Values.PermissionsConverter.class,
        description = "Comma-separated permissions, for example PROJECT_READ,DATASET_CREATE.")
    List<Permission> permissions;

    @Option(names = "--description", paramLabel = "TEXT", description = "The description.")
    String description;

    CreateRole(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ROLE, context.admin().createRole(name, permissions, description));
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = {"Change a custom role; --permissions replaces the whole set.",
      "Predefined roles cannot be changed."}, footerHeading = "%nExamples:%n",
      footer = "  arize-admin roles update \"Data Scientist\" --permissions \"PROJECT_READ,DATASET_CREATE,"
          + "EXPERIMENT_CREATE,EVALUATOR_CREATE\"")
  static final class UpdateRole implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ROLE", description = "The role's name or ID.")
    String role;

    @Option(names = "--name", paramLabel = "NAME", description = "The new name.")
    String name;

    @Option(names = "--permissions", paramLabel = "LIST", converter = Values.PermissionsConverter.class,
        description = "Comma-separated permissions; they replace the current ones.")
    List<Permission> permissions;

    @Option(names = "--description", paramLabel = "TEXT", description = "The new description.")
    String description;

    UpdateRole(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.ROLE, context.admin().updateRole(role, name, permissions, description));
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = {"Delete a custom role; asks first. Predefined roles cannot be deleted."},
      footerHeading = "%nExamples:%n", footer = "  arize-admin roles delete \"Data Scientist\" --force")
  static final class DeleteRole implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "ROLE", description = "The role's name or ID.")
    String role;

    @Mixin
    ForceOption force;

    DeleteRole(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Role target = context.admin().role(role);
      String named = Views.named(target.name(), target.id());
      context.confirmThen(force.force, "This deletes role " + named + ": the users it is bound to lose the"
          + " permissions it grants.", () -> context.admin().deleteRole(target.id()), "Deleted role " + named + ".");
      return ExitCode.OK;
    }
  }
}
