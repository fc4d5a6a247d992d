package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.profile.ConfigurationException;
import io.github.arizeadmin.core.AmbiguousNameException;
import io.github.arizeadmin.core.ArizeApiException;
import io.github.arizeadmin.core.NameNotFoundException;
import io.github.arizeadmin.core.NotFoundException;
import io.github.arizeadmin.core.TransportException;
import io.github.arizeadmin.core.UnauthorizedException;

/**
 * Turns a failure into its exit code and one line for standard error. An API error's line carries the
 * HTTP status, the problem's title and detail, and the request ID when the service sent one.
 */
final class Failures {
  private Failures() {
  }

  static int exitCode(Throwable failure) {
    if (failure instanceof CliException cli) {
      return cli.exitCode();
    }
    if (failure instanceof ConfigurationException) {
      return ExitCode.CONFIGURATION;
    }
    if (failure instanceof UnauthorizedException) {
      return ExitCode.AUTHENTICATION;
    }
    if (failure instanceof NotFoundException || failure instanceof NameNotFoundException) {
      return ExitCode.NOT_FOUND;
    }
    if (failure instanceof AmbiguousNameException || failure instanceof IllegalArgumentException) {
      // The core checks every call before sending it; what it refuses is a usage error.
      return ExitCode.USAGE;
    }
    if (failure instanceof IllegalStateException) {
      return ExitCode.CONFIGURATION;
    }
    return ExitCode.API_ERROR;
  }

  static String line(Throwable failure) {
    return "error: " + oneLine(describe(failure));
  }

  private static String describe(Throwable failure) {
    if (failure instanceof ArizeApiException api && api.status() > 0) {
      StringBuilder text = new StringBuilder("HTTP ").append(api.status());
      api.title().ifPresent(title -> text.append(' ').append(title));
      api.detail().ifPresent(detail -> text.append(": ").append(detail));
      api.requestId().ifPresent(id -> text.append(" (request ID ").append(id).append(')'));
      if (failure instanceof UnauthorizedException) {
        text.append(". Check the API key: 'arize-admin profiles show'");
      }
      return text.toString();
    }
    if (failure instanceof TransportException) {
      return "no answer from the API: " + failure.getMessage();
    }
    if (failure instanceof CliException || failure instanceof ConfigurationException
        || failure instanceof ArizeApiException || failure instanceof IllegalArgumentException
        || failure instanceof IllegalStateException) {
      return failure.getMessage();
    }
    return "unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage()
        + " (run with --verbose for the stack trace)";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').trim();
  }
}
