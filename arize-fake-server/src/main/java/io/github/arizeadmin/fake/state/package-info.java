/**
 * The fake's state in typed form: immutable snapshots of users, organizations, spaces, their
 * memberships, role bindings and API keys ({@link io.github.arizeadmin.fake.state.FakeState}, from
 * {@link io.github.arizeadmin.fake.ArizeFakeServer#state()}), and the contract's vocabularies as
 * enums. IDs are the global IDs the API returns.
 */
package io.github.arizeadmin.fake.state;
