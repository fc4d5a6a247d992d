package io.github.arizeadmin.fake.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the tests of a class against an Arize admin fake server started in-process on a free port.
 *
 * <p>Test methods, lifecycle methods and constructors may declare parameters of type
 * {@link io.github.arizeadmin.core.ArizeAdminClient} (a ready client, authenticated as the fresh
 * account's admin, new for every test), {@link io.github.arizeadmin.fake.ArizeFakeServer} (the server
 * handle: seed, reset, export, journal, clock), {@link io.github.arizeadmin.fake.SeedResult} (the IDs
 * and raw keys the {@link #seed()} created), {@link ClientRetries} (the waits of the injected client's
 * retries), and {@code String} parameters annotated {@link FakeBaseUrl}, {@link FakeAdminKey},
 * {@link SeedId} or {@link SeedApiKey}.
 *
 * <pre>{@code
 * @ArizeFakeServerTest(seed = "fixtures/team-alpha.json")
 * class OnboardingTest {
 *   @Test
 *   void addsJane(ArizeAdminClient arize) { ... }
 * }
 * }</pre>
 *
 * <p>By default one server serves the whole class (and its {@code @Nested} classes); choose
 * {@link Lifecycle#PER_METHOD} for a fresh server per test, or {@link #resetBeforeEach()} to keep
 * one server but start every test from the fresh (and seeded) state.
 *
 * <p>Every test gets its own client (sharing one connection pool), so what a test changes on its
 * client, such as the active space of its {@code workspace()}, never reaches the next test. The
 * client retries 429/502/503/504 answers as in production but, by default, without waiting: see
 * {@link #retryWaits()}.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArizeFakeServerExtension.class)
public @interface ArizeFakeServerTest {

  /** @return one server per test class (default) or one per test method */
  Lifecycle lifecycle() default Lifecycle.PER_CLASS;

  /** @return a classpath resource holding a seed document loaded at start (and at each reset); none when empty */
  String seed() default "";

  /** @return whether each test starts from the fresh, seeded state (with {@link Lifecycle#PER_CLASS}) */
  boolean resetBeforeEach() default false;

  /** @return the admin key to use; a random one when empty */
  String adminKey() default "";

  /** @return a seed for deterministic IDs and keys; random IDs when negative */
  long idSeed() default -1;

  /**
   * @return whether the injected client really waits between retries ({@link RetryWaits#REAL}) or
   *     skips the waits ({@link RetryWaits#NONE}, the default)
   */
  RetryWaits retryWaits() default RetryWaits.NONE;

  /** How long one server lives. */
  enum Lifecycle {
    /** One server for the annotated class, its tests and its nested classes. */
    PER_CLASS,
    /** A new server for every test method. */
    PER_METHOD
  }

  /** How the injected client waits before it retries a 429, 502, 503 or 504. */
  enum RetryWaits {
    /**
     * Retries at once. The client still decides as if it had waited (its retry policy's total-time
     * bound counts the skipped waits), and {@link ClientRetries} lists the waits it skipped.
     */
    NONE,
    /** Waits for real, as in production (a {@code Retry-After: 1} costs the test a second). */
    REAL
  }
}
