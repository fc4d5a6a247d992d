/**
 * The values the core client returns and accepts: immutable records and enums of its own (not the
 * generated wire classes), each value with a {@code toJson()} in the wire's snake_case shape, written
 * by Moshi.
 *
 * <p>The vocabularies the contract defines ({@link io.github.arizeadmin.core.model.Permission}, the
 * statuses, types and predefined role names) are enums generated from the contract at build time,
 * each with an {@code UNKNOWN} constant for values a newer server may send.
 *
 * <p>The role assignments are one sealed interface per level ({@link
 * io.github.arizeadmin.core.model.AccountRole}, {@link io.github.arizeadmin.core.model.OrganizationRole},
 * {@link io.github.arizeadmin.core.model.SpaceRole}), each with a {@code Predefined} record of the
 * level's role names, and {@link io.github.arizeadmin.core.model.CustomRole}, shared by every level:
 * a custom role given by name or ID (the client resolves a name when it sends it), equal on its ID.
 *
 * <p>Secrets returned once by the service (raw API keys, temporary passwords) are redacted from
 * {@code toString()}; they are part of {@code toJson()} because that is how a caller stores them.
 */
package io.github.arizeadmin.core.model;
