package io.github.arizeadmin.fake.internal.http;

import io.github.arizeadmin.fake.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The journal of {@code /v2} requests; it keeps the latest {@value #CAPACITY} entries. An entry is
 * added just before the response's headers are written, so it is there when the client has the answer.
 */
public final class Journal {
  /** How many entries are kept (the oldest are dropped first). */
  public static final int CAPACITY = 50_000;
  private final ConcurrentLinkedDeque<JournalEntry> entries = new ConcurrentLinkedDeque<>();
  private final AtomicInteger size = new AtomicInteger();

  /** Creates an empty journal. */
  public Journal() {
  }

  void add(JournalEntry entry) {
    entries.addLast(entry);
    if (size.incrementAndGet() > CAPACITY && entries.pollFirst() != null) {
      size.decrementAndGet();
    }
  }

  /** @return the entries, oldest first */
  public List<JournalEntry> entries() {
    return new ArrayList<>(entries);
  }

  /**
   * @param operationId a contract operation
   * @return the entries of that operation, oldest first
   */
  public List<JournalEntry> entries(String operationId) {
    return entries.stream().filter(e -> operationId.equals(e.operationId())).toList();
  }

  /** Forgets every entry. */
  public void clear() {
    entries.clear();
    size.set(0);
  }
}
