package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.output.JsonText;
import io.github.arizeadmin.cli.output.View;
import io.github.arizeadmin.cli.output.View.Column;
import io.github.arizeadmin.cli.profile.Connection;
import io.github.arizeadmin.cli.profile.Expansion;
import io.github.arizeadmin.cli.profile.ProfileFile;
import io.github.arizeadmin.cli.profile.ProfileStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arize-admin profiles}: the {@code ax} CLI's profile files ({@code ~/.arize/config.toml} for
 * {@code default}, {@code ~/.arize/profiles/<name>.toml} for the others, {@code ~/.arize/.active_profile}).
 * Rewrites keep every comment, section and key this tool does not use.
 */
@Command(name = "profiles", description = {"Profiles: the ax CLI's files under ~/.arize (API key, routing, output"
    + " format). Existing ax profiles work as they are.",
    "Settings resolve per value: flags, then ARIZE_API_KEY, ARIZE_API_HOST, ARIZE_API_SCHEME, ARIZE_API_PORT,"
        + " then the profile."},
    footerHeading = "%nExamples:%n",
    footer = {"  arize-admin profiles create local --single-host 127.0.0.1 --single-port 8080 --api-scheme http",
        "  arize-admin profiles use local", "  arize-admin profiles show --expand"})
final class ProfilesCommand implements Callable<Integer> {
  /** The commands of this group, in help order. */
  static final List<Class<?>> COMMANDS = List.of(
      CreateProfile.class,
      ListProfiles.class,
      ShowProfile.class,
      UpdateProfile.class,
      UseProfile.class,
      DeleteProfile.class);

  /** What a new profile's key is when none is given: the client's variable, read when used. */
  static final String KEY_REFERENCE = "${ARIZE_API_KEY}";

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    return ArizeAdmin.missingCommand(spec);
  }

  /** The values a profile holds, as flags; an empty value removes the key. */
  static final class Fields {
    @Option(names = "--api-key", paramLabel = "KEY",
        description = "The API key, or a reference such as '${ARIZE_API_KEY}' (the default of a new profile),"
            + " which keeps the key out of the file and of your shell history.")
    String apiKey;

    @Option(names = "--region", paramLabel = "REGION",
        description = "Region routing: ca-central-1a, eu-west-1a, us-central-1a or us-east-1b.")
    String region;

    @Option(names = "--single-host", paramLabel = "HOST", description = "One host for everything (on-premise, a fake).")
    String singleHost;

    @Option(names = "--single-port", paramLabel = "PORT", description = "The port of --single-host.")
    String singlePort;

    @Option(names = "--base-domain", paramLabel = "DOMAIN", description = "Private Connect: the API is api.DOMAIN.")
    String baseDomain;

    @Option(names = "--api-host", paramLabel = "HOST", description = "The API host (default api.arize.com).")
    String apiHost;

    @Option(names = "--api-scheme", paramLabel = "SCHEME", description = "http or https (default https).")
    String apiScheme;

    @Option(names = "--output-format", paramLabel = "FORMAT", completionCandidates = Values.Formats.class,
        description = "Default output: ${COMPLETION-CANDIDATES}.")
    String outputFormat;

    boolean any() {
      return apiKey != null || region != null || singleHost != null || singlePort != null || baseDomain != null
          || apiHost != null || apiScheme != null || outputFormat != null;
    }

    /** Applies the given values; a routing override replaces the other kinds of override, as only one may be set. */
    ProfileFile apply(ProfileFile start, Context context) {
      check();
      ProfileFile file = set(start, "auth", "api_key", apiKey);
      List<String> dropped = new ArrayList<>();
      if (present(region)) {
        file = drop(file, dropped, "single_host", "single_port", "base_domain");
      }
      if (present(singleHost) || present(singlePort)) {
        file = drop(file, dropped, "region", "base_domain");
      }
      if (present(baseDomain)) {
        file = drop(file, dropped, "region", "single_host", "single_port");
      }
      file = set(file, "routing", "region", region);
      file = set(file, "routing", "single_host", singleHost);
      file = set(file, "routing", "single_port", singlePort);
      file = set(file, "routing", "base_domain", baseDomain);
      file = set(file, "routing", "api_host", apiHost);
      file = set(file, "routing", "api_scheme", apiScheme == null ? null : apiScheme.toLowerCase(Locale.ROOT));
      file = set(file, "output", "format", outputFormat == null ? null : outputFormat.toLowerCase(Locale.ROOT));
      if (!dropped.isEmpty()) {
        context.say("Removed [routing] " + String.join(", ", dropped) + ": a profile routes by one of region,"
            + " single_host/single_port or base_domain.");
      }
      return file;
    }

    private void check() {
      if (present(region) && !Expansion.isOnlyReference(region)
          && !Connection.REGIONS.contains(region.toLowerCase(Locale.ROOT))) {
        throw new CliException(ExitCode.USAGE, "--region must be one of " + String.join(", ", Connection.REGIONS));
      }
      if (present(singlePort) && !Expansion.isOnlyReference(singlePort) && !singlePort.trim().matches("\\d{1,5}")) {
        throw new CliException(ExitCode.USAGE, "--single-port must be a port number, was '" + singlePort + "'");
      }
      if (present(apiScheme) && !Expansion.isOnlyReference(apiScheme)
          && !apiScheme.equalsIgnoreCase("http") && !apiScheme.equalsIgnoreCase("https")) {
        throw new CliException(ExitCode.USAGE, "--api-scheme must be http or https");
      }
      if (present(outputFormat) && io.github.arizeadmin.cli.output.Format.parse(outputFormat).isEmpty()) {
        throw new CliException(ExitCode.USAGE, "--output-format must be table, json or csv");
      }
    }

    private static boolean present(String value) {
      return value != null && !value.isBlank();
    }

    private static ProfileFile drop(ProfileFile file, List<String> dropped, String... keys) {
      ProfileFile result = file;
      for (String key : keys) {
        if (result.value("routing", key).isPresent()) {
          dropped.add(key);
          result = result.without("routing", key);
        }
      }
      return result;
    }

    private static ProfileFile set(ProfileFile file, String section, String key, String value) {
      if (value == null) {
        return file;
      }
      return value.isBlank() ? file.without(section, key) : file.with(section, key, value.trim());
    }
  }

  /** Prints a profile: its file, whether it is active, and its values, secrets redacted. */
  static void show(Context context, String name, boolean expand) {
    ProfileStore store = context.profiles();
    ProfileFile file = store.read(name);
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Object> json = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("file", store.path(name).toString());
    fields.put("active", Boolean.toString(name.equals(store.active())));
    json.put("name", name);
    json.put("file", store.path(name).toString());
    json.put("active", name.equals(store.active()));
    file.sections().forEach((section, values) -> {
      Map<String, Object> table = new LinkedHashMap<>();
      values.forEach((key, raw) -> {
        String where = "Profile '" + name + "' [" + section + "] " + key;
        String shown = display(key, raw, expand ? Expansion.expand(raw, context.session().environment(), where) : raw, expand);
        fields.put(section.isEmpty() ? key : section + "." + key, shown);
        table.put(key, shown);
      });
      if (section.isEmpty()) {
        json.putAll(table);
      } else {
        json.put(section, table);
      }
    });
    List<Column<Map<String, String>>> columns = new ArrayList<>();
    fields.keySet().forEach(field -> columns.add(new Column<>(field, values -> values.get(field))));
    View<Map<String, String>> view = new View<>("profiles", "profiles", columns, values -> JsonText.object(json));
    context.printer().item(view, fields);
  }

  private static String display(String key, String raw, String value, boolean expanded) {
    if (!Connection.isSecret(key)) {
      return value;
    }
    return !expanded && Expansion.isOnlyReference(raw) ? raw : Connection.redact(value);
  }

  @Command(name = "create", description = {"Create a profile (the first one is named default unless named).",
      "Without --api-key the profile reads the key from ARIZE_API_KEY when used."}, footerHeading = "%nExamples:%n",
      footer = {"  arize-admin profiles create local --single-host 127.0.0.1 --single-port 8080 --api-scheme http",
          "  arize-admin profiles create production --region us-east-1b --output-format json",
          "  arize-admin profiles create staging --api-key '${ARIZE_STAGING_KEY}' --base-domain arize.internal.example.com"})
  static final class CreateProfile implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The profile's name.")
    String name;

    @Mixin
    Fields fields;

    CreateProfile(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      ProfileStore store = context.profiles();
      List<String> existing = store.names();
      String profile = name != null ? name : existing.isEmpty() ? ProfileStore.DEFAULT : null;
      if (profile == null) {
        throw new CliException(ExitCode.USAGE, "Name the new profile (profiles: " + String.join(", ", existing) + ")");
      }
      ProfileStore.checkName(profile);
      if (store.exists(profile)) {
        throw new CliException(ExitCode.USAGE, "Profile '" + profile + "' already exists (" + store.path(profile)
            + "); change it with 'arize-admin profiles update " + profile + "'");
      }
      ProfileFile file = ProfileFile.empty().with("profile", "name", profile)
          .with("auth", "api_key", fields.apiKey == null ? KEY_REFERENCE : fields.apiKey.trim());
      if (fields.outputFormat == null) {
        fields.outputFormat = "table";
      }
      file = fields.apply(file, context);
      boolean activate = !profile.equals(ProfileStore.DEFAULT) && !store.hasActiveChoice()
          && !store.exists(ProfileStore.DEFAULT);
      store.write(profile, file);
      if (activate) {
        store.activate(profile);
      }
      show(context, profile, false);
      context.say("Created profile '" + profile + "' in " + store.path(profile)
          + (activate ? "; it is the active profile now." : "."));
      return ExitCode.OK;
    }
  }

  @Command(name = "list", description = "List the profiles; the active one is marked.", footerHeading = "%nExamples:%n",
      footer = {"  arize-admin profiles list", "  arize-admin profiles list -o json"})
  static final class ListProfiles implements Callable<Integer> {
    private final Context context;

    ListProfiles(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      ProfileStore store = context.profiles();
      String active = store.active();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String profile : store.names()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", profile);
        row.put("active", profile.equals(active));
        row.put("file", store.path(profile).toString());
        rows.add(row);
      }
      View<Map<String, Object>> view = new View<>("profiles", "profiles", List.of(
          new Column<>("name", row -> (String) row.get("name")),
          new Column<>("active", row -> Boolean.TRUE.equals(row.get("active")) ? "*" : ""),
          new Column<>("file", row -> (String) row.get("file"))), JsonText::object);
      context.printer().list(view, rows, false, null);
      if (rows.isEmpty()) {
        context.say("No profiles yet: create one with 'arize-admin profiles create'.");
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "show", description = {"Show a profile (default: the one in use). API keys are always redacted;",
      "references such as ${ARIZE_API_KEY} are shown as written unless --expand."}, footerHeading = "%nExamples:%n",
      footer = {"  arize-admin profiles show", "  arize-admin profiles show local --expand -o json"})
  static final class ShowProfile implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The profile's name.")
    String name;

    @Option(names = "--expand", description = "Show values with their ${VAR} references expanded (keys stay redacted).")
    boolean expand;

    ShowProfile(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      show(context, name != null ? name : context.profileName(), expand);
      return ExitCode.OK;
    }
  }

  @Command(name = "update", description = {"Change some values of a profile (default: the one in use); the rest of"
      + " the file stays as it is.", "An empty value removes the key: --region \"\"."}, footerHeading = "%nExamples:%n",
      footer = {"  arize-admin profiles update --api-key '${ARIZE_API_KEY}'",
          "  arize-admin profiles update production --region us-east-1b"})
  static final class UpdateProfile implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The profile's name.")
    String name;

    @Mixin
    Fields fields;

    UpdateProfile(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      String profile = name != null ? name : context.profileName();
      if (!fields.any()) {
        throw new CliException(ExitCode.USAGE, "Nothing to update: give at least one value, for example --region");
      }
      ProfileStore store = context.profiles();
      store.write(profile, fields.apply(store.read(profile), context));
      show(context, profile, false);
      context.say("Updated profile '" + profile + "'.");
      return ExitCode.OK;
    }
  }

  @Command(name = "use", description = "Make a profile the active one.", footerHeading = "%nExamples:%n",
      footer = "  arize-admin profiles use production")
  static final class UseProfile implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "NAME", description = "The profile's name.")
    String name;

    UseProfile(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      context.profiles().activate(name);
      context.say("Active profile: " + name + ".");
      return ExitCode.OK;
    }
  }

  @Command(name = "delete", description = {"Delete a profile's file; asks first.",
      "The default profile and the active one cannot be deleted."}, footerHeading = "%nExamples:%n",
      footer = "  arize-admin profiles delete staging --force")
  static final class DeleteProfile implements Callable<Integer> {
    private final Context context;

    @Parameters(paramLabel = "NAME", description = "The profile's name.")
    String name;

    @Mixin
    ForceOption force;

    DeleteProfile(Context context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      ProfileStore store = context.profiles();
      if (name.equals(ProfileStore.DEFAULT)) {
        throw new CliException(ExitCode.USAGE, "The default profile cannot be deleted");
      }
      if (name.equals(store.active())) {
        throw new CliException(ExitCode.USAGE, "Profile '" + name + "' is the active one: switch first"
            + " ('arize-admin profiles use default')");
      }
      store.read(name);
      context.confirmThen(force.force, "This deletes profile '" + name + "' (" + store.path(name) + ").",
          () -> store.delete(name), "Deleted profile '" + name + "'.");
      return ExitCode.OK;
    }
  }
}
