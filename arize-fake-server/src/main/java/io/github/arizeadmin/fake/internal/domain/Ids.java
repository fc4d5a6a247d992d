package io.github.arizeadmin.fake.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import io.github.arizeadmin.fake.internal.store.Tags;

/**
 * Random parts of IDs, raw API keys and temporary passwords: from a seeded generator when
 * deterministic IDs are asked for, otherwise from {@link SecureRandom}.
 */
public final class Ids {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private final Long seed;
  private Random random;
  private RandomGenerator tags;

  /**
   * @param seed a seed for deterministic output, or null for random output
   */
  public Ids(Long seed) {
    this.seed = seed;
    restart();
  }

  /** Starts the sequence again (a reset gives the same IDs again with a seed). */
  public synchronized void restart() {
    random = seed == null ? new SecureRandom() : new Random(seed);
    // ID tags are not secrets: without a seed they come from a fast generator (a seed of millions of
    // records draws millions of tags); with one, from the same sequence as everything else.
    tags = seed == null ? new SplittableRandom(random.nextLong()) : random;
  }

  /** @return a four-character ID tag */
  public synchronized String tag() {
    return pick(tags, ALNUM, 4);
  }

  /** @return a four-character ID tag, packed ({@link Tags}): the same draw as {@link #tag()} */
  public int packedTag() {
    return Tags.pack(tag());
  }

  /** @return a raw API key: {@code ak-} and 40 lower-case alphanumerics */
  public synchronized String rawKey() {
    return "ak-" + pick(random, LOWER_ALNUM, 40);
  }

  /** @return a temporary password */
  public synchronized String password() {
    return "Tmp-" + pick(random, ALNUM, 12);
  }

  private static String pick(RandomGenerator random, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /**
   * @param rawKey a raw API key
   * @return its SHA-256, hex
   */
  public static String hash(String rawKey) {
    return HexFormat.of().formatHex(SHA256.get().digest(rawKey.getBytes(StandardCharsets.UTF_8)));
  }

  /** One digest per thread: every authenticated request hashes its key, and getInstance costs a lookup. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  });

  /**
   * @param rawKey a raw API key
   * @return its display form: {@code ak-} + first 3 + {@code ...} + last 3 of the random part
   */
  public static String redact(String rawKey) {
    String secret = rawKey.startsWith("ak-") ? rawKey.substring(3) : rawKey;
    if (secret.length() < 6) {
      return "ak-" + "...";
    }
    return "ak-" + secret.substring(0, 3) + "..." + secret.substring(secret.length() - 3);
  }
}
