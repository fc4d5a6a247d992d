package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.output.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command accepts, before or after its name ({@code arize-admin -o json users list}
 * or {@code arize-admin users list -o json}). The host, port and scheme flags win over the client's
 * {@code ARIZE_API_*} variables, which win over the profile.
 */
final class GlobalOptions {
  @Option(names = {"-p", "--profile"}, paramLabel = "NAME", scope = ScopeType.INHERIT,
      description = "Profile to use (default: the active one, set with 'profiles use').")
  String profile;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT,
      converter = FormatConverter.class, completionCandidates = Values.Formats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: the profile's, else table).")
  Format output;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Log each HTTP call on standard error, and show the stack trace of a failure.")
  boolean verbose;

  @Option(names = "--api-host", paramLabel = "HOST", scope = ScopeType.INHERIT,
      description = "API host, over ARIZE_API_HOST and the profile (for example 127.0.0.1).")
  String apiHost;

  @Option(names = "--api-port", paramLabel = "PORT", scope = ScopeType.INHERIT,
      description = "API port, over ARIZE_API_PORT and the profile (0 leaves it out of the URL).")
  Integer apiPort;

  @Option(names = "--api-scheme", paramLabel = "SCHEME", scope = ScopeType.INHERIT,
      description = "http or https, over ARIZE_API_SCHEME and the profile.")
  String apiScheme;

  /** The formats, in any case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String text) {
      return Format.parse(text).orElseThrow(() -> new TypeConversionException("'" + text
          + "' is not an output format (expected table, json or csv)"));
    }
  }
}
