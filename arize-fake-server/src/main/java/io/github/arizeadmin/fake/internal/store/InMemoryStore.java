package io.github.arizeadmin.fake.internal.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The in-memory {@link Store}: one read-write lock (reads share it; authentication is a read), and
 * an undo log that makes every write all-or-nothing.
 */
final class InMemoryStore implements Store {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private State state;

  InMemoryStore(State state) {
    this.state = state;
  }

  @Override
  public <T> T read(Function<State, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(state);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public <T> T write(Function<State, T> work) {
    lock.writeLock().lock();
    try {
      UndoLog undo = state.undo();
      undo.begin();
      try {
        T result = work.apply(state);
        undo.commit();
        return result;
      } catch (RuntimeException | Error failure) {
        undo.rollback();
        throw failure;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void replace(State next) {
    lock.writeLock().lock();
    try {
      state = next;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
