package io.github.arizeadmin.fake.internal.domain;

/**
 * Who is calling: the user a key acts as (the bot user for service keys) and the key itself.
 *
 * @param account the account number
 * @param user the user number
 * @param key the API key number
 * @param serviceKey whether the key is a service key
 */
public record Caller(long account, long user, long key, boolean serviceKey) {
}
