/**
 * Internal, not API: the state behind the fake, a narrow {@link
 * io.github.arizeadmin.fake.internal.store.Store} interface and its in-memory implementation
 * (typed tables with named finders, unique and secondary indexes, one read-write lock,
 * all-or-nothing writes).
 */
package io.github.arizeadmin.fake.internal.store;
