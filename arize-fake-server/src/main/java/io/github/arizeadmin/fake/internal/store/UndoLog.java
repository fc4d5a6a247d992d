package io.github.arizeadmin.fake.internal.store;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The inverse of every change made by the running write, replayed backwards when it fails. A
 * state built off-line (a seed) keeps none: it replaces the live state only when complete.
 */
final class UndoLog {
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean recording;

  boolean recording() {
    return recording;
  }

  void begin() {
    undo.clear();
    recording = true;
  }

  void record(Runnable inverse) {
    undo.push(inverse);
  }

  void commit() {
    undo.clear();
    recording = false;
  }

  void rollback() {
    recording = false;
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }
}
