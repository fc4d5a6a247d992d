/**
 * Verifies Pact files written by downstream teams for the Arize admin API: each HTTP interaction
 * is checked against the contract and replayed against a freshly seeded, in-process fake server.
 * Entry points: {@link io.github.arizeadmin.pactverifier.Main} (the command line),
 * {@link io.github.arizeadmin.pactverifier.PactVerifier} (Java) and
 * {@link io.github.arizeadmin.pactverifier.ArizePactTests} (JUnit 5 dynamic tests).
 */
package io.github.arizeadmin.pactverifier;
