/**
 * Internal, not API (it may change in any release): the operator surface's JSON shapes
 * ({@code AdminJson}, shared with the Testcontainers module's client of {@code /__admin}, which is
 * released with the same version) and the matching and verification of journaled requests.
 */
package io.github.arizeadmin.fake.internal.admin;
