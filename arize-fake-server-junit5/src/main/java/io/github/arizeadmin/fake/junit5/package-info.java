/** JUnit 5 support for the Arize admin fake server: {@link io.github.arizeadmin.fake.junit5.ArizeFakeServerTest}. */
package io.github.arizeadmin.fake.junit5;
