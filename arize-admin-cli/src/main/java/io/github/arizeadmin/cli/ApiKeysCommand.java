package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.model.ApiKeyStatus;
import io.github.arizeadmin.core.model.ApiKeyType;
import io.github.arizeadmin.core.model.CreatedApiKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arize-admin api-keys}: user keys and space-scoped service keys. */
@Command(name = "api-keys", description = {"API keys: user keys act as their creator; service keys act as a bot"
    + " user scoped to a space.", "A new key is shown once, when it is created or refreshed."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin api-keys create --name \"team-alpha-traces\" --key-type service --space team-alpha"
        + " --expires-at 2027-01-01T00:00:00",
        "  arize-admin api-keys refresh KEY_ID --expires-at 2028-01-01T00:00:00"})
final class ApiKeysCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      ListKeys.class,
      CreateKey.class,
      DeleteKey.class,
      RefreshKey.class);

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  @Command(name = "list", description = {"List keys: your user keys, or a space's service keys with --space."},
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin api-keys list", "  arize-admin api-keys list --key-type service --status active -o json",
          "  arize-admin api-keys list --space team-alpha"})
  static final class ListKeys implements Callable<Integer> {
    private final Context context;

    @Option(names = "--key-type", paramLabel = "TYPE", converter = Values.KeyTypes.class,
        completionCandidates = Values.KeyTypes.class, description = "Only ${COMPLETION-CANDIDATES} keys.")
    ApiKeyType type;

    @Option(names = "--status", paramLabel = "STATUS", converter = Values.KeyStatuses.class,
        completionCandidates = Values.KeyStatuses.class,
        description = "Only ${COMPLETION-CANDIDATES} keys (the service's default: active).")
    ApiKeyStatus status;

    @Option(names = "--space", paramLabel = "SPACE", description = "The service keys of this space (name or ID).")
    String space;

    @Option(names = "--user-id", paramLabel = "USER",
        description = "Keys created by this user (ID or email; another user's keys need an account admin).")
    String user;

    @Mixin
    ListOptions listing;

    ListKeys(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.list(Views.API_KEY, listing, context.admin().apiKeys(type, status, space, user));
      return ExitCode.OK;
    }
  }

  @Command(name = "create", description = {"Create a key and show it, once.",
      "A user key acts as you (you need the developer flag); a service key acts as a new bot user with the"
          + " service's default roles in one space (member of the space, read-only in its organization)."},
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin api-keys create --name \"CI pipeline\" --key-type user --expires-at \"2027-01-01T00:00:00\"",
          "  arize-admin api-keys create --name \"team-alpha-traces\" --key-type service --space \"team-alpha\""
              + " --expires-at \"2027-01-01T00:00:00\""})
  static final class CreateKey implements Callable<Integer> {
    private final Context context;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The key's name.")
    String name;

    @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "user", converter = Values.KeyTypes.class,
        completionCandidates = Values.KeyTypes.class, description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ApiKeyType type;

    @Option(names = "--space", paramLabel = "SPACE", description = "A service key's space (name or ID).")
    String space;

    @Option(names = "--organization", paramLabel = "ORGANIZATION",
        description = "The space's organization (name or ID); found by searching when left out.")
    String organization;

    @Option(names = "--expires-at", paramLabel = "TIME", converter = Values.InstantConverter.class,
        description = "When it expires: ISO 8601 (no offset means UTC); default: never.")
    Instant expiresAt;

    @Option(names = "--description", paramLabel = "TEXT", description = "The description.")
    String description;

    CreateKey(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      CreatedApiKey created;
      if (type == ApiKeyType.SERVICE) {
        if (space == null) {
          throw new CliException(ExitCode.USAGE, "A service key needs --space (the space it works in)");
        }
        created = context.admin().createServiceKey(name, space, organization, description, expiresAt);
      } else {
        if (space != null || organization != null) {
          throw new CliException(ExitCode.USAGE, "--space and --organization are for service keys"
              + " (--key-type service); a user key acts as you everywhere you have access");
        }
        created = context.admin().createUserKey(name, description, expiresAt);
      }
      context.printer().item(Views.CREATED_API_KEY, created);
      context.warnOnce("key");
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = "Revoke a key: it stops working at once. Asks first.",
      footerHeading = "%nExamples:%n", footer = "  arize-admin api-keys delete KEY_ID --force")
  static final class DeleteKey implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "KEY_ID", description = "The key's ID.")
    String key;

    @Mixin
    ForceOption force;

    DeleteKey(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.confirmThen(force.force, "This revokes API key " + key + ": whatever uses it stops authenticating at once.",
          () -> context.admin().revokeKey(key), "Revoked API key " + key + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "refresh", description = {"Rotate a key without downtime: a new key (new ID, same name and scope)"
      + " replaces it in one step.", "A key that expires needs --expires-at, no later than its own expiry."},
      footerHeading = "%nExamples:%n",
      footer = {"  arize-admin api-keys refresh KEY_ID", "  arize-admin api-keys refresh KEY_ID --expires-at"
          + " \"2028-01-01T00:00:00\" --grace-period 3600"})
  static final class RefreshKey implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "KEY_ID", description = "The key's ID.")
    String key;

    @Option(names = "--expires-at", paramLabel = "TIME", converter = Values.InstantConverter.class,
        description = "The new key's expiry: ISO 8601 (no offset means UTC).")
    Instant expiresAt;

    @Option(names = {"--grace-period", "--grace-period-seconds"}, paramLabel = "SECONDS",
        description = "How long the old key keeps working, 0 to 86400 seconds (default: 0, revoked at once).")
    Integer graceSeconds;

    RefreshKey(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      Duration grace = graceSeconds == null ? null : Duration.ofSeconds(graceSeconds);
      context.printer().item(Views.CREATED_API_KEY, context.admin().refreshKey(key, expiresAt, grace));
      context.warnOnce("key");
      return ExitCode.OK;
    }
  }
}
