package io.github.arizeadmin.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
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
  /** The command groups, in help order; each is registered only when needed (see {@link #groupsFor}). */
  private static final Map<String, Class<?>> GROUPS = groups();

  /** Root options that take a value, so their values are not mistaken for a command's name. */
  private static final Set<String> VALUED_OPTIONS = Set.of("-p", "--profile", "-o", "--output", "--api-host",
      "--api-port", "--api-scheme");

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  private static Map<String, Class<?>> groups() {
    Map<String, Class<?>> groups = new LinkedHashMap<>();
    groups.put("users", UsersCommand.class);
    groups.put("organizations", OrganizationsCommand.class);
    groups.put("spaces", SpacesCommand.class);
    groups.put("roles", RolesCommand.class);
    groups.put("role-bindings", RoleBindingsCommand.class);
    groups.put("resource-restrictions", ResourceRestrictionsCommand.class);
    groups.put("api-keys", ApiKeysCommand.class);
    groups.put("projects", ProjectsCommand.class);
    groups.put("profiles", ProfilesCommand.class);
    groups.put("completion", CompletionCommand.class);
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
      CommandLine line = commandLine(context, groupsFor(args));
      return line.execute(args);
    }
  }

  /**
   * Builds the tree. Picocli inspects every command class it is given, so only the group named on the
   * command line is added (it is most of the start-up time otherwise); help, completion and a mistyped
   * group get them all.
   */
  static CommandLine commandLine(Context context, List<String> groups) {
    CommandLine.IFactory factory = new Factory(context);
    CommandLine line = new CommandLine(ArizeAdmin.class, factory);
    for (String group : groups) {
      line.addSubcommand(group, new CommandLine(GROUPS.get(group), factory));
    }
    Console console = context.session().console();
    line.setOut(new PrintWriter(console.out(), true));
    line.setErr(new PrintWriter(console.err(), true));
    int width = console.width();
    line.setUsageHelpWidth(width > 0 ? Math.max(60, Math.min(width, 160)) : 100);
    line.setParameterExceptionHandler(ArizeAdmin::usageError);
    line.setExecutionExceptionHandler((failure, command, parsed) -> {
      PrintWriter err = command.getErr();
      err.println(Failures.line(failure));
      if (context.global().verbose) {
        failure.printStackTrace(err);
      }
      err.flush();
      return Failures.exitCode(failure);
    });
    return line;
  }

  static List<String> groupsFor(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (VALUED_OPTIONS.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        return GROUPS.containsKey(arg) && !arg.equals("completion") ? List.of(arg) : List.copyOf(GROUPS.keySet());
      }
    }
    return List.copyOf(GROUPS.keySet());
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
