package io.github.arizeadmin.fake.internal.store;

import io.github.arizeadmin.fake.internal.store.Records.ApiKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys: by hash (authentication), by owner, by creator and by space. When each key was last
 * used is kept beside the records, in a concurrent map, so that authenticating a request is a read
 * and does not take the write lock; it is no part of any all-or-nothing write.
 */
public final class ApiKeys extends Table<ApiKey> {
  private final Unique<String, ApiKey> byHash = Unique.on(this, k -> k.secret().hash());
  private final Grouped<ApiKey> byOwner = Grouped.on(this, ApiKey::owner);
  private final Grouped<ApiKey> byCreator = Grouped.on(this, ApiKey::createdBy);
  private final Grouped<ApiKey> bySpace = Grouped.onEach(this, (k, out) -> k.spaces().forEach(out::accept));
  private final Grouped<ApiKey> byAccount = Grouped.on(this, ApiKey::account);
  private final Map<Long, Instant> lastUsed = new ConcurrentHashMap<>();

  ApiKeys(UndoLog undo) {
    super(undo, 1);
  }

  /**
   * @param hash the SHA-256 of a raw key, hex
   * @return the key
   */
  public Optional<ApiKey> byHash(String hash) {
    return byHash.find(hash);
  }

  /**
   * @param owner a user number
   * @return a copy of the keys acting as that user
   */
  public List<ApiKey> ofOwner(long owner) {
    return byOwner.list(owner);
  }

  /**
   * @param creator a user number
   * @param after a key number (0: from the start)
   * @return the keys the user created, numbered above {@code after}, oldest first
   */
  public Iterable<ApiKey> ofCreator(long creator, long after) {
    return byCreator.after(creator, after);
  }

  /**
   * @param space a space number
   * @param after a key number (0: from the start)
   * @return the service keys of the space, oldest first
   */
  public Iterable<ApiKey> ofSpace(long space, long after) {
    return bySpace.after(space, after);
  }

  /**
   * @param space a space number
   * @return a copy of the service keys of the space (for cascades)
   */
  public List<ApiKey> listOfSpace(long space) {
    return bySpace.list(space);
  }

  /**
   * @param account an account number
   * @param after a key number (0: from the start)
   * @return the account's keys, oldest first
   */
  public Iterable<ApiKey> ofAccount(long account, long after) {
    return byAccount.after(account, after);
  }

  /**
   * Records a use of a key (safe under a read lock).
   *
   * @param key the key's number
   * @param when the time of use
   */
  public void used(long key, Instant when) {
    lastUsed.put(key, when);
  }

  /**
   * @param key a key number
   * @return when it last authenticated a request, or null
   */
  public Instant lastUsed(long key) {
    return lastUsed.get(key);
  }
}
