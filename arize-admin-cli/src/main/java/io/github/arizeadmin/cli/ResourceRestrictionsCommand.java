package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.Project;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arize-admin resource-restrictions}: restricted projects ignore roles bound above them. */
@Command(name = "resource-restrictions", description = {"Project restrictions: a restricted project ignores the"
    + " roles bound on its space, organization and account; only bindings on the project grant access."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin resource-restrictions restrict --resource-id PROJECT_GLOBAL_ID",
        "  arize-admin resource-restrictions unrestrict --resource-id fraud-model --space team-alpha --force"})
final class ResourceRestrictionsCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      Restrict.class,
      Unrestrict.class,
      ListRestrictions.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  /** The project: an ID, or a name with its space. */
  static final class ProjectOption {
    @Option(names = "--resource-id", required = true, paramLabel = "PROJECT",
        description = "The project's ID (or name, with --space).")
    String project;

    @Option(names = "--space", paramLabel = "SPACE", description = "The project's space (name or ID), for a name.")
    String space;
  }

  @Command(name = "restrict", description = "Restrict a project (restricting a restricted project changes nothing).",
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin resource-restrictions restrict --resource-id PROJECT_GLOBAL_ID",
          "  arize-admin resource-restrictions restrict --resource-id fraud-model --space team-alpha"})
  static final class Restrict implements Callable<Integer> {
    private final Context context;

    @Mixin
    ProjectOption target;

    Restrict(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.RESTRICTION, context.admin().restrict(target.project, target.space));
      return ExitCode.OK;
    }
  }

  @Command(name = "unrestrict", description = "Lift a project's restriction; asks first.",
      footerHeading = "%nExamples:%n",
      footer = "  arize-admin resource-restrictions unrestrict --resource-id PROJECT_GLOBAL_ID --force")
  static final class Unrestrict implements Callable<Integer> {
    private final Context context;

    @Mixin
    ProjectOption target;

    @Mixin
    ForceOption force;

    Unrestrict(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Project project = context.admin().project(target.project, target.space);
      context.confirmThen(force.force, "This lifts the restriction on project " + Views.named(project.name(), project.id())
          + ": roles bound on its space, organization and account grant access to it again.",
          () -> context.admin().unrestrict(project.id()), "Lifted the restriction on project \"" + project.name() + "\".");
      return ExitCode.OK;
    }
  }

  @Command(name = "list", description = "List the restrictions you may manage.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin resource-restrictions list", "  arize-admin resource-restrictions list --all -o csv"})
  static final class ListRestrictions implements Callable<Integer> {
    private final Context context;

    @Mixin
    ListOptions listing;

    ListRestrictions(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.RESTRICTION, listing, context.admin().restrictions());
      return ExitCode.OK;
    }
  }
}
