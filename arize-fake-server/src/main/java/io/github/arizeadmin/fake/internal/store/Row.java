package io.github.arizeadmin.fake.internal.store;

/** A record of a {@link Table}: immutable, keyed by its number (numbers grow in creation order). */
public interface Row {
  /** @return the record's number, unique in its table */
  long num();
}
