package io.github.arizeadmin.cli;

import io.github.arizeadmin.fake.ArizeFakeServer;
import io.github.arizeadmin.fake.FakeServerOptions;
import io.github.arizeadmin.fake.SeedResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the command line in-process against one embedded fake server per test class, reset before each
 * test (its request journal too), with the client's ARIZE_* variables pointing at it and a fresh, empty
 * home directory.
 */
abstract class FakeApiTest {
  static final String ADMIN_KEY = "ak-cli-test-admin";

  /** The seed most tests start from: an organization with two spaces, two users, a custom role, a project. */
  static final String TEAM_SEED = """
      {"accounts": [{"name": "default",
        "users": [
          {"ref": "jane", "name": "Jane Doe", "email": "jane@example.com", "role": "MEMBER"},
          {"ref": "bob", "name": "Bob Stone", "email": "bob@example.com", "role": "MEMBER", "status": "INVITED"}],
        "roles": [{"ref": "ds", "name": "Data Scientist", "permissions": ["PROJECT_READ", "DATASET_CREATE"]}],
        "organizations": [{"ref": "platform", "name": "Platform Team", "description": "Core ML platform",
          "members": [{"user": "jane", "role": "MEMBER"}],
          "spaces": [
            {"ref": "team-alpha", "name": "team-alpha", "members": [{"user": "jane", "role": "MEMBER"}],
             "projects": [{"ref": "fraud", "name": "fraud-model"}]},
            {"ref": "team-beta", "name": "team-beta"}]}]}]}
      """;

  static ArizeFakeServer fake;
  Path home;
  Map<String, String> environment;
  SeedResult seeded;

  @BeforeAll
  static void startFake() {
    fake = ArizeFakeServer.start(FakeServerOptions.builder().port(0).adminKey(ADMIN_KEY).idSeed(7L).build());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  @BeforeEach
  void freshState() throws IOException {
    fake.reset();
    fake.clearRequests();
    home = Files.createTempDirectory("arize-admin-home");
    environment = new HashMap<>();
    environment.put("ARIZE_API_KEY", ADMIN_KEY);
    environment.put("ARIZE_API_HOST", "127.0.0.1");
    environment.put("ARIZE_API_PORT", Integer.toString(fake.port()));
    environment.put("ARIZE_API_SCHEME", "http");
  }

  SeedResult seedTeam() {
    seeded = fake.seed(TEAM_SEED);
    return seeded;
  }

  String id(String ref) {
    return seeded.id(ref);
  }

  Result run(String... args) {
    return run(console -> { }, args);
  }

  Result run(Consumer<ScriptedConsole> setUp, String... args) {
    ScriptedConsole console = new ScriptedConsole();
    setUp.accept(console);
    int code = ArizeAdmin.run(args, new Session(environment, home, console));
    return new Result(code, console.printed(), console.errors(), console);
  }

  void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
