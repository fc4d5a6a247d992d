/**
 * Internal, not API (it may change in any release): the HTTP layer. The Vert.x router built from the
 * contract, the fake's request validation, thin handlers that map JSON to the domain's typed
 * commands and its typed results back ({@code Json}, {@code Operations}), the seed document's JSON
 * both ways ({@code SeedJson}), the operator surface under {@code /__admin}, and Problem responses.
 */
package io.github.arizeadmin.fake.internal.http;
