package io.github.arizeadmin.fake.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that receives the global ID of an object created by the seed of
 * {@link ArizeFakeServerTest#seed()}, named by its {@code ref} in the seed document.
 *
 * <pre>{@code
 * @Test
 * void janeIsAMember(ArizeAdminClient arize, @SeedId("jane") String janeId) { ... }
 * }</pre>
 *
 * <p>A ref the seed did not create fails the test with the refs it did create.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SeedId {

  /** @return the object's {@code ref} in the seed document (or {@code "<account>/<ref>"}) */
  String value();
}
