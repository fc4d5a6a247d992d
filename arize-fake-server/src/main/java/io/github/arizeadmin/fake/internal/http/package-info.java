/**
 * The HTTP layer: the Vert.x router built from the contract, thin handlers that call one domain
 * service each, the operator surface under {@code /__admin}, and Problem responses.
 */
package io.github.arizeadmin.fake.internal.http;
