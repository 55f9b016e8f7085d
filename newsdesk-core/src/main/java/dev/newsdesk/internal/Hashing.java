package dev.newsdesk.internal;

import java.nio.charset.StandardCharsets;

/**
 * 64-bit hashing for fingerprints and stable ids.
 *
 * <p>Design decision: FNV-1a followed by a murmur3 finaliser, written here in a few lines because
 * it must be stable across JVMs and releases (ids derived from it are persisted) and {@link
 * String#hashCode()} is only 32 bits.
 */
public final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  public static long hash64(String text) {
    long h = FNV_OFFSET;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      h ^= b & 0xff;
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** Murmur3's 64-bit finaliser: spreads every input bit over the whole word. */
  public static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** A short, stable, lower-case hex id with a prefix, for example {@code a-3f9c2b1d0e}. */
  public static String shortId(String prefix, String text) {
    String hex = Long.toHexString(hash64(text));
    String padded = "0".repeat(16 - hex.length()) + hex;
    return prefix + padded.substring(0, 10);
  }
}
