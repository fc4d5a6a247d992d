package io.github.arizeadmin.fake.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** The in-memory {@link Store}: one read-write lock; writes keep an undo log. */
final class InMemoryStore implements Store {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
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
      State current = state;
      current.undo.begin();
      try {
        T result = work.apply(current);
        current.undo.commit();
        return result;
      } catch (RuntimeException | Error failure) {
        current.undo.rollback();
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
