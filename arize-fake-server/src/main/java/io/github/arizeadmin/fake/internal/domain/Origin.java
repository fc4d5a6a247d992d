package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Table;
import java.time.Instant;

/**
 * Where a new record's number, ID tag and times come from: fresh ones for the API, the seed
 * document's own (its {@code id}, {@code created_at} and {@code updated_at}) for the seed loader.
 *
 * @param number the record number
 * @param tag the ID tag
 * @param at the creation time
 * @param updatedAt the time of the last change (the records that show one: roles and role bindings)
 */
record Origin(long number, String tag, Instant at, Instant updatedAt) {
  /** A record that has not changed since it was created. */
  Origin(long number, String tag, Instant at) {
    this(number, tag, at, at);
  }

  static Origin fresh(Table<?> table, Ids ids, Instant now) {
    return new Origin(table.nextNumber(), ids.tag(), now);
  }

  /** {@code given}, or a fresh origin when it is null (drawn only then, so that no number is spent for nothing). */
  static Origin orFresh(Origin given, Table<?> table, Ids ids, Instant now) {
    return given != null ? given : fresh(table, ids, now);
  }
}
