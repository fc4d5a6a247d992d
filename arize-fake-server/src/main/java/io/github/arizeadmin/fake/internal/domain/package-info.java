/**
 * Internal, not API: every rule of the fake, without HTTP. One service per resource group takes
 * typed commands and returns typed objects ({@code io.github.arizeadmin.fake.state}); authorization
 * ({@code Access}), cascades, the fresh state, the seed loader and exporter, and the rule
 * catalogue behind the coverage table.
 */
package io.github.arizeadmin.fake.internal.domain;
