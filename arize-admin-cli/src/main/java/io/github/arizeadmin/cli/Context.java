package io.github.arizeadmin.cli;

import io.github.arizeadmin.cli.output.Format;
import io.github.arizeadmin.cli.output.Printer;
import io.github.arizeadmin.cli.output.View;
import io.github.arizeadmin.cli.profile.ConfigurationException;
import io.github.arizeadmin.cli.profile.Connection;
import io.github.arizeadmin.cli.profile.Expansion;
import io.github.arizeadmin.cli.profile.ProfileFile;
import io.github.arizeadmin.cli.profile.ProfileStore;
import io.github.arizeadmin.core.paging.Page;
import io.github.arizeadmin.core.paging.PageIterable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The state of one run, shared by every command object: the session, the global options, and what is
 * built from them on first use (the profile, the API client, the printer).
 */
final class Context implements AutoCloseable {
  private final Session session;
  private final GlobalOptions global = new GlobalOptions();
  private ProfileStore profiles;
  private Admin admin;
  private Printer printer;

  Context(Session session) {
    this.session = session;
  }

  Session session() {
    return session;
  }

  GlobalOptions global() {
    return global;
  }

  PrintStream err() {
    return session.console().err();
  }

  ProfileStore profiles() {
    if (profiles == null) {
      profiles = new ProfileStore(session.home());
    }
    return profiles;
  }

  /** The profile in use: {@code -p/--profile}, else the active one ({@code default} when none was chosen). */
  String profileName() {
    return global.profile != null ? global.profile : profiles().active();
  }

  /**
   * The profile's file. A profile that was asked for (by {@code -p}, or by {@code .active_profile}) must
   * exist; an implicit {@code default} may be missing when the environment configures everything.
   */
  Optional<ProfileFile> profile() {
    String name = profileName();
    boolean chosen = global.profile != null || profiles().hasActiveChoice();
    return chosen ? Optional.of(profiles().read(name)) : profiles().find(name);
  }

  Admin admin() {
    if (admin == null) {
      Connection connection = Connection.resolve(global.endpoint,
          session.environment(), profileName(), profile());
      admin = Admin.connect(connection, VersionProvider.version());
    }
    return admin;
  }

  /** The output format: {@code -o}, else the profile's {@code [output] format}, else table. */
  Format format() {
    if (global.output != null) {
      return global.output;
    }
    try {
      // The ax CLI also knows "parquet", which has no meaning here: such profiles print tables.
      return profile().flatMap(file -> file.value("output", "format"))
          .map(raw -> Expansion.expand(raw, session.environment(), "[output] format"))
          .flatMap(Format::parse).orElse(Format.TABLE);
    } catch (ConfigurationException unusableProfile) {
      return Format.TABLE;
    }
  }

  Printer printer() {
    if (printer == null) {
      printer = new Printer(format(), session.console().out(), session.console().width());
    }
    return printer;
  }

  /** A message for the person (never data): standard error, whatever the format. */
  void say(String message) {
    err().println(message);
    err().flush();
  }

  /**
   * Prints one page of a list ({@code -l}, {@code -c}), or every page with {@code --all}, drawing
   * progress on standard error when it is a terminal.
   */
  <T> void list(View<T> view, ListOptions options, PageIterable<T> items) {
    Printer out = printer();
    options.check();
    if (options.all) {
      List<T> everything = new ArrayList<>();
      boolean progress = session.console().stderrIsTerminal();
      int pages = 0;
      for (Page<T> page : items.pageSize(options.pageSizeForAll()).startingAt(options.cursor).pages()) {
        everything.addAll(page.items());
        pages++;
        if (progress) {
          err().print("\rFetched " + everything.size() + " " + view.noun() + " (" + pages + (pages == 1 ? " page" : " pages")
              + ")...");
          err().flush();
        }
      }
      if (progress && pages > 0) {
        err().print("\r\033[K");
        err().flush();
      }
      out.list(view, everything, false, null);
      noneFound(view, everything);
      return;
    }
    Iterator<Page<T>> pages = items.pageSize(options.pageSize()).startingAt(options.cursor).pages().iterator();
    Page<T> page = pages.hasNext() ? pages.next() : new Page<>(List.of(), null, false);
    String next = page.hasMore() ? page.nextCursor().orElse(null) : null;
    out.list(view, page.items(), page.hasMore(), next);
    noneFound(view, page.items());
    if (next != null && out.format() != Format.JSON) {
      say("More " + view.noun() + " follow: add --cursor " + next + " for the next page, or --all for every page.");
    }
  }

  private <T> void noneFound(View<T> view, List<T> items) {
    if (items.isEmpty() && printer().format() == Format.TABLE) {
      say("No " + view.noun() + " found.");
    }
  }

  /**
   * Asks before a destructive step. {@code --force} skips the question; without a terminal on standard
   * input nobody can answer, so the step is refused.
   *
   * @param force whether {@code --force} was given
   * @param consequence what will happen, as a sentence
   * @throws CliException with {@link ExitCode#NOT_CONFIRMED} when refused or declined
   */
  void confirm(boolean force, String consequence) {
    if (force) {
      return;
    }
    Console console = session.console();
    if (!console.stdinIsTerminal()) {
      throw new CliException(ExitCode.NOT_CONFIRMED, consequence + " Nothing was done: standard input is not a"
          + " terminal, so nobody can confirm. Add --force to do it.");
    }
    err().print(consequence + " Continue? [y/N] ");
    err().flush();
    String answer = console.readLine();
    if (answer == null || !(answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"))) {
      throw new CliException(ExitCode.NOT_CONFIRMED, "Cancelled: nothing was done.");
    }
  }

  /**
   * The flow of every destructive command: ask (see {@link #confirm}), then act, then say what was done.
   *
   * @param force whether {@code --force} was given
   * @param consequence what will happen, as a sentence
   * @param action the destructive call
   * @param done the message once it is done
   */
  void confirmThen(boolean force, String consequence, Runnable action, String done) {
    confirm(force, consequence);
    action.run();
    say(done);
  }

  /** Shows a secret that the service returns once, with the warning to store it. */
  void warnOnce(String what) {
    say("Warning: this is the only time the " + what + " is shown. Store it now (for example in your secrets"
        + " manager); it cannot be retrieved again.");
  }

  @Override
  public void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
