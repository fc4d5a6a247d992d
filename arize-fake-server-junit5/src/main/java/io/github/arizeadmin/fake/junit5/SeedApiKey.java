package io.github.arizeadmin.fake.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that receives the raw API key ({@code ak-...}) of a key created
 * by the seed of {@link ArizeFakeServerTest#seed()}, named by its {@code ref} in the seed document:
 * for example to build a client that acts as that key's user.
 *
 * <pre>{@code
 * @Test
 * void janeCannotCreateOrganizations(@FakeBaseUrl String url, @SeedApiKey("jane-ci") String janeKey) { ... }
 * }</pre>
 *
 * <p>A ref the seed did not create fails the test with the key refs it did create.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SeedApiKey {

  /** @return the key's {@code ref} in the seed document (or {@code "<account>/<ref>"}) */
  String value();
}
