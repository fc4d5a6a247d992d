package io.github.arizeadmin.fake.domain;

import io.github.arizeadmin.fake.store.State;
import io.github.arizeadmin.fake.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

/** What every resource service shares: the store, the clock and the ID generator. */
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
    return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
  }

  static boolean containsIgnoreCase(String haystack, String needle) {
    return needle == null || lower(haystack).contains(lower(needle));
  }

  /** Names: not blank, at most {@code max} characters (the contract checks the rest). */
  static String name(Body body, String field, int max) {
    String value = body.string(field);
    if (value.isBlank()) {
      throw ApiError.badRequest(body.path(field) + ": must not be blank.");
    }
    if (value.length() > max) {
      throw ApiError.badRequest(body.path(field) + ": at most " + max + " characters.");
    }
    return value;
  }
}
