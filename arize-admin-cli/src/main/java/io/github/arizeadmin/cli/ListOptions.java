package io.github.arizeadmin.cli;

import io.github.arizeadmin.core.paging.PageIterable;
import picocli.CommandLine.Option;

/** Paging of every list command: one page ({@code -l}, {@code -c}) or all of them ({@code --all}). */
final class ListOptions {
  /** The page size when none is given, as in the ax CLI. */
  static final int DEFAULT_LIMIT = 15;

  @Option(names = {"-l", "--limit"}, paramLabel = "N",
      description = "Items per page, 1 to 100 (default: " + DEFAULT_LIMIT + "; with --all: 100).")
  Integer limit;

  @Option(names = {"-c", "--cursor"}, paramLabel = "CURSOR",
      description = "Start at this cursor: a previous page's pagination.next_cursor.")
  String cursor;

  @Option(names = "--all", description = "Follow every page (progress on standard error when it is a terminal).")
  boolean all;

  void check() {
    if (limit != null && (limit < 1 || limit > PageIterable.MAX_PAGE_SIZE)) {
      throw new CliException(ExitCode.USAGE, "--limit must be between 1 and " + PageIterable.MAX_PAGE_SIZE
          + ", was " + limit);
    }
  }

  int pageSize() {
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  int pageSizeForAll() {
    return limit == null ? PageIterable.DEFAULT_PAGE_SIZE : limit;
  }
}
