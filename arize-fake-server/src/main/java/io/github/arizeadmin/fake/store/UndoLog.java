package io.github.arizeadmin.fake.store;

import java.util.ArrayDeque;
import java.util.Deque;

/** The inverse of every change made by the running write, replayed backwards when it fails. */
final class UndoLog {
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private boolean recording;

  void begin() {
    undo.clear();
    recording = true;
  }

  void record(Runnable inverse) {
    if (recording) {
      undo.push(inverse);
    }
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
