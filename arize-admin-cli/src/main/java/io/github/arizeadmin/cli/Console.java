package io.github.arizeadmin.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The terminal seam: the three standard streams, whether each is a terminal, and the terminal's width.
 * The command line never touches {@code System.in/out/err} elsewhere, so tests drive it with scripted
 * input and a chosen answer to "is this a terminal".
 */
interface Console {
  /** Standard output: data only. */
  PrintStream out();

  /** Standard error: messages, warnings, prompts and progress. */
  PrintStream err();

  /** Whether standard input is a terminal (a person who can answer a question). */
  boolean stdinIsTerminal();

  /** Whether standard output is a terminal. */
  boolean stdoutIsTerminal();

  /** Whether standard error is a terminal (progress is drawn only then). */
  boolean stderrIsTerminal();

  /** The columns of the terminal that shows standard output, 0 when unknown or not a terminal. */
  int width();

  /** Reads one line of standard input, {@code null} at its end. */
  String readLine();

  /** The process's own streams; terminals detected through {@code /proc/self/fd} where it exists. */
  static Console system(Map<String, String> environment) {
    return new SystemConsole(environment);
  }

  /** The console of a real process. */
  final class SystemConsole implements Console {
    private final Map<String, String> environment;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private BufferedReader in;
    private int width = -1;

    SystemConsole(Map<String, String> environment) {
      this.environment = environment;
    }

    @Override
    public PrintStream out() {
      return out;
    }

    @Override
    public PrintStream err() {
      return err;
    }

    @Override
    public boolean stdinIsTerminal() {
      return isTerminal(0);
    }

    @Override
    public boolean stdoutIsTerminal() {
      return isTerminal(1);
    }

    @Override
    public boolean stderrIsTerminal() {
      return isTerminal(2);
    }

    @Override
    public synchronized int width() {
      if (width < 0) {
        width = measureWidth();
      }
      return width;
    }

    private int measureWidth() {
      String columns = environment.get("COLUMNS");
      if (columns != null) {
        try {
          return Math.max(0, Integer.parseInt(columns.trim()));
        } catch (NumberFormatException ignored) {
          // fall through to the terminal itself
        }
      }
      if (!stdoutIsTerminal() || !new File("/dev/tty").exists()) {
        return 0;
      }
      try {
        // "stty size" answers "rows columns" for the controlling terminal.
        Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String answer = new String(stty.getInputStream().readAllBytes(), Charset.defaultCharset()).trim();
        if (stty.waitFor(2, TimeUnit.SECONDS) && stty.exitValue() == 0) {
          String[] parts = answer.split("\\s+");
          return parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
        }
        stty.destroy();
      } catch (IOException | NumberFormatException unavailable) {
        return 0;
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }

    @Override
    public synchronized String readLine() {
      try {
        if (in == null) {
          in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        }
        return in.readLine();
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }

    /** Linux tells through /proc which file a descriptor is; elsewhere System.console() is the best guess. */
    private static boolean isTerminal(int descriptor) {
      Path link = Path.of("/proc/self/fd/" + descriptor);
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (IOException | UnsupportedOperationException noProc) {
        return System.console() != null;
      }
    }
  }
}
