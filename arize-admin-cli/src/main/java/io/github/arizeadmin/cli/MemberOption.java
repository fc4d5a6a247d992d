package io.github.arizeadmin.cli;

import picocli.CommandLine.Option;

/** {@code --user-id} of the membership commands (add-user, remove-user). */
final class MemberOption {
  @Option(names = "--user-id", required = true, paramLabel = "USER", description = "The user's ID or email.")
  String user;
}
