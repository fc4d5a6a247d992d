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
 * <p>Test and lifecycle methods may declare parameters of type
 * {@link io.github.arizeadmin.core.ArizeAdminClient} (a ready client, authenticated as the fresh
 * account's admin), {@link io.github.arizeadmin.fake.ArizeFakeServer} (the server handle: seed,
 * reset, export, journal, clock), and {@code String} parameters annotated {@link FakeBaseUrl} or
 * {@link FakeAdminKey}.
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

  /** How long one server lives. */
  enum Lifecycle {
    /** One server for the annotated class, its tests and its nested classes. */
    PER_CLASS,
    /** A new server for every test method. */
    PER_METHOD
  }
}
