package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.output.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command accepts, before or after its name ({@code arize-admin -o json users list}
 * or {@code arize-admin users list -o json}). {@code --endpoint} wins over the client's {@code ARIZE_API_*}
 * variables, which win over the profile.
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

  @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "The API's root URL, over the ARIZE_API_* variables and the profile (for example"
          + " http://127.0.0.1:8080).")
  String endpoint;

  /** The formats, in any case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String text) {
      return Format.parse(text).orElseThrow(() -> new TypeConversionException("'" + text
          + "' is not an output format (expected table, json or csv)"));
    }
  }
}
