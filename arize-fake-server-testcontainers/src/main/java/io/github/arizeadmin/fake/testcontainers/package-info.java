/** Testcontainers support for the Arize admin fake server: {@link io.github.arizeadmin.fake.testcontainers.ArizeFakeServerContainer}. */
package io.github.arizeadmin.fake.testcontainers;
