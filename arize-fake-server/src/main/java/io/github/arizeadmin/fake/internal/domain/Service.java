package io.github.arizeadmin.fake.internal.domain;

import io.github.arizeadmin.fake.internal.store.State;
import io.github.arizeadmin.fake.internal.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiFunction;

/** What every resource service shares: the store, the clock, the ID generator, and small rules. */
abstract class Service {
  final Store store;
  final Clock clock;
  final Ids ids;

  Service(Store store, Clock clock, Ids ids) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
  }

  Instant now() {
    return clock.instant();
  }

  <T> T read(Caller caller, BiFunction<State, Access, T> work) {
    return store.read(s -> work.apply(s, new Access(s, caller)));
  }

  <T> T write(Caller caller, BiFunction<State, Access, T> work) {
    return store.write(s -> work.apply(s, new Access(s, caller)));
  }

  static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /** The API's case-insensitive substring filters (null: no filter). */
  static boolean containsIgnoreCase(String haystack, String needle) {
    return needle == null || lower(haystack).contains(lower(needle));
  }

  /** Names: present, not blank, at most {@code max} characters. */
  static String name(String value, String field, int max) {
    if (value == null) {
      throw ApiError.badRequest(field, "is required.");
    }
    if (value.isBlank()) {
      throw ApiError.badRequest(field, "must not be blank.");
    }
    if (value.length() > max) {
      throw ApiError.badRequest(field, "at most " + max + " characters.");
    }
    return value;
  }

  /** Something an update must change: at least one field. */
  static void atLeastOne(String fields, Object... values) {
    for (Object value : values) {
      if (value != null) {
        return;
      }
    }
    throw ApiError.badRequest("At least one of " + fields + " is required.");
  }
}
