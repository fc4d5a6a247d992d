package io.github.arizeadmin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every destructive command asks on a terminal, skips the question with --force, and refuses without a terminal. */
class ConfirmationTest extends FakeApiTest {
  @BeforeEach
  void team() {
    seedTeam();
  }

  /** A destructive command, what it must say, and the command that proves whether it happened. */
  record Destructive(String name, Function<ConfirmationTest, String[]> command, String consequence,
      Function<ConfirmationTest, String[]> check) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> destructiveCommands() {
    return Stream.of(
        new Destructive("users delete", t -> a("users", "delete", "jane@example.com"),
            "This deletes user jane@example.com and removes all their organization and space memberships, API keys"
                + " and role bindings. Continue? [y/N] ",
            t -> a("users", "get", "jane@example.com")),
        new Destructive("organizations delete", t -> a("organizations", "delete", "Platform Team"),
            "This deletes organization \"Platform Team\"", t -> a("organizations", "get", "Platform Team")),
        new Destructive("organizations remove-user", t -> a("organizations", "remove-user", "Platform Team",
            "--user-id", "jane@example.com"), "This removes user jane@example.com from organization \"Platform Team\""
                + " and from every space in it.",
            t -> a("spaces", "add-user", "team-beta", "--user-id", "jane@example.com", "--role", "member")),
        new Destructive("spaces delete", t -> a("spaces", "delete", "team-alpha"), "This deletes space \"team-alpha\"",
            t -> a("spaces", "get", "team-alpha")),
        new Destructive("spaces remove-user", t -> a("spaces", "remove-user", "team-alpha", "--user-id",
            "jane@example.com"), "This removes user jane@example.com from space \"team-alpha\"",
            t -> a("spaces", "remove-user", "team-alpha", "--user-id", "jane@example.com", "--force")),
        new Destructive("roles delete", t -> a("roles", "delete", "Data Scientist"), "This deletes role \"Data Scientist\"",
            t -> a("roles", "get", "Data Scientist")),
        new Destructive("projects delete", t -> a("projects", "delete", "fraud-model", "--space", "team-alpha"),
            "This deletes project \"fraud-model\"", t -> a("projects", "get", t.id("fraud"))),
        new Destructive("role-bindings delete", t -> a("role-bindings", "delete", t.binding()),
            "This deletes role binding ", t -> a("role-bindings", "get", t.binding())),
        new Destructive("resource-restrictions unrestrict", t -> a("resource-restrictions", "unrestrict", "--resource-id",
            t.restricted()), "This lifts the restriction on project \"fraud-model\"",
            t -> a("resource-restrictions", "unrestrict", "--resource-id", t.id("fraud"), "--force")),
        new Destructive("api-keys delete", t -> a("api-keys", "delete", t.apiKey()), "This revokes API key ",
            t -> a("api-keys", "refresh", t.apiKey())),
        new Destructive("profiles delete", t -> a("profiles", "delete", t.profile()), "This deletes profile 'spare'",
            t -> a("profiles", "show", "spare"))).map(Arguments::of);
  }

  private static String[] a(String... args) {
    return args;
  }

  private String binding;
  private String apiKey;

  String binding() {
    if (binding == null) {
      Result created = run("role-bindings", "create", "--user-id", id("jane"), "--role-id", id("ds"), "--resource-type",
          "SPACE", "--resource-id", id("team-alpha"), "-o", "json");
      binding = Shown.item(io.github.arizeadmin.cli.output.Format.JSON, created.out()).get("id");
    }
    return binding;
  }

  String restricted() {
    run("resource-restrictions", "restrict", "--resource-id", id("fraud"));
    return id("fraud");
  }

  String apiKey() {
    if (apiKey == null) {
      Result created = run("api-keys", "create", "--name", "ci", "-o", "json");
      apiKey = Shown.item(io.github.arizeadmin.cli.output.Format.JSON, created.out()).get("id");
    }
    return apiKey;
  }

  String profile() {
    write(home.resolve(".arize/profiles/spare.toml"), "[profile]\nname = \"spare\"\n");
    return "spare";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("destructiveCommands")
  void withoutATerminalItRefusesAndChangesNothing(Destructive destructive) {
    String[] command = destructive.command().apply(this);

    Result result = run(console -> console.stdinTerminal(false), command);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.NOT_CONFIRMED);
    assertThat(result.err()).startsWith("error: " + destructive.consequence().replace(" Continue? [y/N] ", ""))
        .contains("standard input is not a terminal").contains("--force");
    assertThat(result.console().linesRead()).isZero();
    assertThat(run(destructive.check().apply(this)).exitCode()).as("still there").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("destructiveCommands")
  void onATerminalItSaysWhatWillHappenAndANoChangesNothing(Destructive destructive) {
    String[] command = destructive.command().apply(this);

    Result result = run(console -> console.terminal(true).input("n"), command);

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
    assertThat(result.err()).startsWith(destructive.consequence()).contains("Continue? [y/N] ")
        .contains("Cancelled: nothing was done.");
    assertThat(run(destructive.check().apply(this)).exitCode()).as("still there").isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("destructiveCommands")
  void onATerminalYesDoesIt(Destructive destructive) {
    String[] command = destructive.command().apply(this);

    Result result = run(console -> console.terminal(true).input("y"), command);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.console().linesRead()).isOne();
    assertThat(run(destructive.check().apply(this)).exitCode()).as("gone").isNotZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("destructiveCommands")
  void forceSkipsTheQuestionEvenWithoutATerminal(Destructive destructive) {
    List<String> command = new java.util.ArrayList<>(List.of(destructive.command().apply(this)));
    command.add("--force");

    Result result = run(console -> console.stdinTerminal(false), command.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).doesNotContain("Continue?");
    assertThat(result.console().linesRead()).isZero();
  }

  @Test
  void theEndOfInputIsANo() {
    Result result = run(console -> console.terminal(true), "users", "delete", "jane@example.com");

    assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_CONFIRMED);
    assertThat(run("users", "get", "jane@example.com").exitCode()).isZero();
  }

  @Test
  void yesInAnyCaseIsAYes() {
    Result result = run(console -> console.terminal(true).input(" YES "), "users", "delete", "jane@example.com");

    assertThat(result.exitCode()).as(result.toString()).isZero();
  }
}
