package io.github.arizeadmin.fake.internal.store;

/**
 * The key of a unique index: a name (or lower-cased email) within its scope (an account, an
 * organization, a space).
 *
 * @param scope the scope's number
 * @param name the name
 */
record Scoped(long scope, String name) {
}
