/**
 * The state behind the fake: a narrow {@link io.github.arizeadmin.fake.store.Store} interface and
 * its in-memory implementation (indexed tables, one read-write lock, all-or-nothing writes).
 */
package io.github.arizeadmin.fake.store;
