package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** --help on every command, with examples; bash and zsh completion from picocli. */
class HelpAndCompletionTest extends FakeApiTest {
  /** Every command path of the full tree ("users create", "profiles show", ...), the root and groups included. */
  static Stream<String> everyCommand() {
    List<String> paths = new ArrayList<>();
    CommandLine root = ArizeAdmin.commandLine(new Context(new Session(java.util.Map.of(), Path.of("."),
        new ScriptedConsole())), new String[] {"--help"});
    collect(root, "", paths);
    return paths.stream();
  }

  private static void collect(CommandLine line, String path, List<String> paths) {
    paths.add(path.trim());
    line.getSubcommands().forEach((name, sub) -> collect(sub, path + " " + name, paths));
  }

  @Test
  void theTreeHasEveryGroupAndCommandOfTheIssue() {
    List<String> commands = everyCommand().toList();

    assertThat(commands).contains("users list", "users get", "users create", "users update", "users delete",
        "users resend-invitation", "users reset-password", "organizations list", "organizations get",
        "organizations create", "organizations update", "organizations delete", "organizations add-user",
        "organizations remove-user", "spaces list", "spaces get", "spaces create", "spaces update", "spaces delete",
        "spaces add-user", "spaces remove-user", "roles list", "roles get", "roles create", "roles update",
        "roles delete", "role-bindings list", "role-bindings get", "role-bindings create", "role-bindings update",
        "role-bindings delete", "resource-restrictions restrict", "resource-restrictions unrestrict",
        "resource-restrictions list", "api-keys list", "api-keys create", "api-keys delete", "api-keys refresh",
        "projects list", "projects get", "projects create", "projects update", "projects delete", "profiles create",
        "profiles list", "profiles show", "profiles update", "profiles use", "profiles delete", "completion");
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("everyCommand")
  void everyCommandHasHelpWithExamples(String path) {
    List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
    args.add("--help");

    Result result = run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Usage: arize-admin" + (path.isEmpty() ? "" : " " + path))
        .contains("-p, --profile=NAME").contains("-o, --output=FORMAT").contains("\nExamples:\n");
    String examples = result.out().substring(result.out().indexOf("\nExamples:\n"));
    assertThat(examples).contains("  arize-admin " + (path.contains(" ") ? path : path.isEmpty() ? "" : path + " "));
  }

  @Test
  void theRootAloneShowsItsHelpAndIsAUsageError() {
    Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).startsWith("error: give a command: users, organizations, spaces").contains("Usage:");
  }

  @Test
  void versionIsPrinted() {
    Result result = run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("arize-admin 0.");
  }

  @Test
  void bashCompletionCompletesGroupsCommandsAndValues() throws IOException, InterruptedException {
    Result script = run("completion", "bash");
    assertThat(script.exitCode()).isZero();
    Path file = Files.createTempFile(home, "completion", ".bash");
    Files.writeString(file, script.out());

    assertThat(complete(file, "arize-admin", "org")).contains("organizations");
    assertThat(complete(file, "arize-admin", "users", "cr")).contains("create");
    assertThat(complete(file, "arize-admin", "users", "create", "--invite-mode", "")).contains("email_link",
        "temporary_password", "none");
    assertThat(complete(file, "arize-admin", "spaces", "add-user", "--role", "re")).contains("read-only");
  }

  @Test
  void theZshScriptIsTheBashOneWithZshsBashCompatibilityLoaded() {
    Result zsh = run("completion", "zsh");
    Result bash = run("completion", "bash");
    Result fish = run("completion", "fish");

    assertThat(zsh.out()).isEqualTo(bash.out()).contains("bashcompinit").contains("ZSH_VERSION");
    assertThat(fish.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  /** Runs bash's completion function the way bash does on TAB, and returns the candidates. */
  private static String complete(Path script, String... words) throws IOException, InterruptedException {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append('\'').append(word).append("' ");
    }
    String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
        + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_arize-admin arize-admin;"
        + " printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process bash = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
