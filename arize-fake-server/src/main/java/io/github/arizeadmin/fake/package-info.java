/**
 * An in-memory fake of the Arize admin REST API v2 that enforces the real service's rules: start it
 * embedded with {@link io.github.arizeadmin.fake.ArizeFakeServer#start} and
 * {@link io.github.arizeadmin.fake.FakeServerOptions}, or as {@code java -jar} through
 * {@link io.github.arizeadmin.fake.Main}.
 */
package io.github.arizeadmin.fake;
