/**
 * The benchmark of the fake server: the fake beside WireMock standalone, Prism and a bare Vert.x handler under
 * the same load on pinned cores, scale figures from a generated enterprise-sized seed, and start-up times.
 *
 * <p>{@link io.github.arizeadmin.bench.Bench} is the entry point ({@code benchmarks/run.sh}); the scenarios are in
 * {@code Scenario}, the targets in {@code Target}, the phases in {@code Phase}. {@link
 * io.github.arizeadmin.bench.BareVertx}, {@link io.github.arizeadmin.bench.JvmLoadGenerator} and {@link
 * io.github.arizeadmin.bench.EmbeddedStartup} are the mains the runner starts as child processes.
 */
package io.github.arizeadmin.bench;
