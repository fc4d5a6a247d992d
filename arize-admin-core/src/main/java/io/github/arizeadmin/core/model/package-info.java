/**
 * The values the core client returns and accepts: immutable records and enums of its own (not the
 * generated classes), each with a {@code toJson()} in the wire's snake_case shape.
 *
 * <p>The role assignments are one sealed interface per level ({@link
 * io.github.arizeadmin.core.model.AccountRole}, {@link io.github.arizeadmin.core.model.OrganizationRole},
 * {@link io.github.arizeadmin.core.model.SpaceRole}), each with a {@code Predefined} record (an enum of
 * the level's names) and a {@code Custom} record (the custom role's ID, and its name when the server
 * returns it).
 *
 * <p>Secrets returned once by the service (raw API keys, temporary passwords) are redacted from
 * {@code toString()}; they are part of {@code toJson()} because that is how a caller stores them.
 */
package io.github.arizeadmin.core.model;
