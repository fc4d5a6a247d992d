package io.github.arizeadmin.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the command line sees of the world: the environment variables, the home directory
 * (where {@code .arize} lives) and the console. {@link #system()} is the real process; tests build their own.
 *
 * @param environment the environment variables
 * @param home the user's home directory
 * @param console the standard streams and what they are connected to
 */
record Session(Map<String, String> environment, Path home, Console console) {
  Session {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(console, "console");
  }

  static Session system() {
    Map<String, String> environment = System.getenv();
    return new Session(environment, Path.of(System.getProperty("user.home")), Console.system(environment));
  }
}
