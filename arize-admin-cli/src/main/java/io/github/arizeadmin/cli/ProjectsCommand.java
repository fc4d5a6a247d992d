package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.Project;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin projects}. PROJECT is an ID, or a name with {@code --space}. */
@Command(name = "projects", description = {"Projects of the spaces. PROJECT is an ID, or a name with --space"
    + " (project names are unique only within their space)."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin projects list -l 100 -o json --space \"my-workspace\"",
        "  arize-admin projects create --name fraud-model --space team-alpha"})
final class ProjectsCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListProjects.class,
      GetProject.class,
      CreateProject.class,
      UpdateProject.class,
      DeleteProject.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  /** The project's space, needed when the project is given by name. */
  static final class SpaceOption {
    @Option(names = "--space", paramLabel = "SPACE", description = "The project's space (name or ID), for a name.")
    String space;
  }

  @Command(name = "list", description = "List projects.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin projects list --space \"my-workspace\"", "  arize-admin projects list --name fraud -o csv"})
  static final class ListProjects implements Callable<Integer> {
    private final Context context;

    @Option(names = "--space", paramLabel = "SPACE",
        description = "A space ID, or a text that space names contain (any case).")
    String space;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only project names containing this text (any case).")
    String name;

    @Mixin
    ListOptions listing;

    ListProjects(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.PROJECT, listing, context.admin().projects(name, space));
      return ExitCode.OK;
    }
  }

  @Command(name = "get", description = "Show one project.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin projects get TW9kZWw6MTpGdmxM", "  arize-admin projects get fraud-model --space team-alpha"})
  static final class GetProject implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "PROJECT", description = "The project's ID or name.")
    String project;

    @Mixin
    SpaceOption space;

    GetProject(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.PROJECT, context.admin().project(project, space.space));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = "Create a project in a space (the name is unique there).",
      footerHeading = "%nExamples:%n", footer = "  arize-admin projects create --name fraud-model --space team-alpha")
  static final class CreateProject implements Callable<Integer> {
    private final Context context;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name.")
    String name;

    @Option(names = "--space", required = true, paramLabel = "SPACE", description = "The space (name or ID).")
    String space;

    CreateProject(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.PROJECT, context.admin().createProject(name, space));
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = "Rename a project.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin projects update fraud-model --space team-alpha --name fraud-model-v2")
  static final class UpdateProject implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "PROJECT", description = "The project's ID or name.")
    String project;

    @Mixin
    SpaceOption space;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new name.")
    String name;

    UpdateProject(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.printer().item(Views.PROJECT, context.admin().updateProject(project, space.space, name));
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = "Delete a project with all its data; asks first. Irreversible.",
      footerHeading = "%nExamples:%n", footer = "  arize-admin projects delete fraud-model --space team-alpha --force")
  static final class DeleteProject implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "PROJECT", description = "The project's ID or name.")
    String project;

    @Mixin
    SpaceOption space;

    @Mixin
    ForceOption force;

    DeleteProject(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Project target = context.admin().project(project, space.space);
      String named = Views.named(target.name(), target.id());
      context.confirmThen(force.force, "This deletes project " + named + " with all its traces and datasets."
          + " It cannot be undone.", () -> context.admin().deleteProject(target.id()), "Deleted project " + named + ".");
      return ExitCode.OK;
    }
  }
}
