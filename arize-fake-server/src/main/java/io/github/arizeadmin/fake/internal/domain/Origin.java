package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.Table;
import java.time.Instant;

/**
 * Where a new record's number, ID tag and creation time come from: fresh ones for the API, the
 * seed document's own (its {@code id} and {@code created_at}) for the seed loader.
 *
 * @param number the record number
 * @param tag the ID tag
 * @param at the creation time
 */
record Origin(long number, String tag, Instant at) {
  static Origin fresh(Table<?> table, Ids ids, Instant now) {
    return new Origin(table.nextNumber(), ids.tag(), now);
  }
}
