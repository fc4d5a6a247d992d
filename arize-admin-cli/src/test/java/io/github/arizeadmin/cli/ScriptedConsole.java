package io.github.arizeadmin.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A console for tests: captured output, scripted input lines, and chosen answers to "is this a terminal". */
final class ScriptedConsole implements Console {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
  private final Deque<String> input = new ArrayDeque<>();
  private boolean stdinTerminal;
  private boolean stdoutTerminal;
  private boolean stderrTerminal;
  private int width;
  private int linesRead;

  ScriptedConsole terminal(boolean all) {
    stdinTerminal = all;
    stdoutTerminal = all;
    stderrTerminal = all;
    return this;
  }

  ScriptedConsole stdinTerminal(boolean value) {
    stdinTerminal = value;
    return this;
  }

  ScriptedConsole stderrTerminal(boolean value) {
    stderrTerminal = value;
    return this;
  }

  ScriptedConsole width(int columns) {
    width = columns;
    return this;
  }

  ScriptedConsole input(String... lines) {
    input.addAll(List.of(lines));
    return this;
  }

  String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  int linesRead() {
    return linesRead;
  }

  @Override
  public PrintStream out() {
    return outStream;
  }

  @Override
  public PrintStream err() {
    return errStream;
  }

  @Override
  public boolean stdinIsTerminal() {
    return stdinTerminal;
  }

  @Override
  public boolean stdoutIsTerminal() {
    return stdoutTerminal;
  }

  @Override
  public boolean stderrIsTerminal() {
    return stderrTerminal;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public String readLine() {
    linesRead++;
    return input.poll();
  }
}
