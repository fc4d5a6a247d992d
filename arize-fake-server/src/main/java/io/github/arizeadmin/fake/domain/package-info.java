/**
 * Every rule of the real API, without HTTP: one service per resource group, authorization
 * ({@code Access}), cascades, the fresh state, seeds and exports, and the rule catalogue behind the
 * coverage table.
 */
package io.github.arizeadmin.fake.domain;
