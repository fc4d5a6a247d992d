package io.github.arizeadmin.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The root command, {@code arize-admin}, and how one run executes: the command tree, the factory that
 * hands every command the run's {@link Context}, and the handlers that turn failures into one line and
 * an exit code.
 */
@Command(name = "arize-admin", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = false,
    description = {"Administer Arize (users, organizations, spaces, roles, role bindings, project restrictions,"
        + " API keys, projects) with the commands, flags and values of the official ax CLI.",
        "Names work wherever a person would type one, and so do IDs; emails also identify users."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin profiles create local --single-host 127.0.0.1 --single-port 8080 --api-scheme http",
        "  arize-admin -p local organizations list",
        "  arize-admin users create --full-name \"Jane Doe\" --email jane@example.com --role member",
        "  arize-admin spaces add-user team-alpha --user-id jane@example.com --role read-only -o json",
        "",
        "Exit codes: 0 success, 1 API error, 2 usage, 3 configuration, 4 authentication (401),"
            + " 5 not found, 6 not confirmed."})
final class ArizeAdmin implements Callable<Integer> {
  /** The command groups, in help order, with their commands; built into the tree only when needed. */
  private static final Map<String, Group> GROUPS = groups();

  /** Root options that take a value, so their values are not mistaken for a command's name. */
  private static final Set<String> VALUED_OPTIONS = Set.of("-p", "--profile", "-o", "--output", "--endpoint");

  /** A group's class and its commands' classes. */
  private record Group(Class<?> type, List<Class<?>> commands) {
  }

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  private static Map<String, Group> groups() {
    Map<String, Group> groups = new LinkedHashMap<>();
    groups.put("users", new Group(UsersCommand.class, UsersCommand.COMMANDS));
    groups.put("organizations", new Group(OrganizationsCommand.class, OrganizationsCommand.COMMANDS));
    groups.put("spaces", new Group(SpacesCommand.class, SpacesCommand.COMMANDS));
    groups.put("roles", new Group(RolesCommand.class, RolesCommand.COMMANDS));
    groups.put("role-bindings", new Group(RoleBindingsCommand.class, RoleBindingsCommand.COMMANDS));
    groups.put("resource-restrictions", new Group(ResourceRestrictionsCommand.class, ResourceRestrictionsCommand.COMMANDS));
    groups.put("api-keys", new Group(ApiKeysCommand.class, ApiKeysCommand.COMMANDS));
    groups.put("projects", new Group(ProjectsCommand.class, ProjectsCommand.COMMANDS));
    groups.put("profiles", new Group(ProfilesCommand.class, ProfilesCommand.COMMANDS));
    groups.put("completion", new Group(CompletionCommand.class, List.of()));
    return groups;
  }

  @Override
  public Integer call() {
    return missingCommand(spec);
  }

  /** What a group (or the root) does without a command: its help on standard error, and a usage exit. */
  static int missingCommand(CommandSpec spec) {
    CommandLine line = spec.commandLine();
    PrintWriter err = line.getErr();
    err.println("error: give a command: " + String.join(", ", line.getSubcommands().keySet()));
    line.usage(err);
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param session the environment, home directory and console
   * @return the exit code
   */
  static int run(String[] args, Session session) {
    try (Context context = new Context(session)) {
      return commandLine(context, args).execute(args);
    } catch (RuntimeException failure) {
      // Only a broken command model gets here (execute() handles everything else): still one line.
      session.console().err().println(Failures.line(failure));
      return Failures.exitCode(failure);
    }
  }

  /**
   * Builds the tree for these arguments. Picocli inspects every command class it is given, which is most
   * of the start-up time, so only the group and the command named on the command line are added; a
   * group's help, completion and anything mistyped get every command (help and suggestions need them).
   */
  static CommandLine commandLine(Context context, String[] args) {
    List<String> names = commandNames(args);
    String group = names.size() > 0 && GROUPS.containsKey(names.get(0)) && !names.get(0).equals("completion")
        ? names.get(0) : null;
    String command = group != null && names.size() > 1 ? names.get(1) : null;
    CommandLine.IFactory factory = new Factory(context);
    CommandLine line = new CommandLine(ArizeAdmin.class, factory);
    GROUPS.forEach((name, members) -> {
      if (group == null || group.equals(name)) {
        CommandLine groupLine = new CommandLine(members.type(), factory);
        boolean known = members.commands().stream().anyMatch(type -> nameOf(type).equals(command));
        for (Class<?> type : members.commands()) {
          if (!known || nameOf(type).equals(command)) {
            groupLine.addSubcommand(nameOf(type), new CommandLine(type, factory));
          }
        }
        line.addSubcommand(name, groupLine);
      }
    });
    Console console = context.session().console();
    line.setOut(new PrintWriter(console.out(), true));
    line.setErr(new PrintWriter(console.err(), true));
    int width = console.width();
    line.setUsageHelpWidth(width > 0 ? Math.max(60, Math.min(width, 160)) : 100);
    line.setParameterExceptionHandler(ArizeAdmin::usageError);
    line.setExecutionExceptionHandler((failure, failed, parsed) -> {
      PrintWriter err = failed.getErr();
      err.println(Failures.line(failure));
      if (context.global().verbose) {
        failure.printStackTrace(err);
      }
      err.flush();
      return Failures.exitCode(failure);
    });
    return line;
  }

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  /** The words of the arguments that are not options or option values: the group, then the command. */
  private static List<String> commandNames(String[] args) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length && names.size() < 2; i++) {
      String arg = args[i];
      if (VALUED_OPTIONS.contains(arg)) {
        i++;
      } else if (arg.startsWith("-")) {
        // An option of a command may take a value too; only the first two words matter, and a command's
        // options come after its name.
        if (!names.isEmpty()) {
          break;
        }
      } else {
        names.add(arg);
      }
    }
    return names;
  }

  private static int usageError(ParameterException problem, String[] args) {
    CommandLine line = problem.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("error: " + problem.getMessage());
    UnmatchedArgumentException.printSuggestions(problem, err);
    err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE;
  }

  /** Creates command objects, giving those that take one the run's {@link Context}. */
  private static final class Factory implements CommandLine.IFactory {
    private final Context context;

    Factory(Context context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == GlobalOptions.class) {
        return type.cast(context.global());
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == Context.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
