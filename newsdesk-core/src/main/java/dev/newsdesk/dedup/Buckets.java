package dev.newsdesk.dedup;

import java.util.Arrays;

/**
 * A multimap from {@code long} keys to the first few {@code int} entries added under each, in
 * open-addressing arrays: the copy index's LSH buckets and containment anchors. Not thread-safe.
 *
 * <p>Design decision: a key keeps only its first {@code cap} entries. A copy names the earliest
 * original anyway, and a text (or a phrase) repeated thousands of times must not make every later
 * lookup scan its repeats. Primitive arrays instead of {@code HashMap<Long, int[]>}: the index
 * holds dozens of keys per article, and a boxed map costs about 80 bytes and a pointer chase per
 * key.
 */
final class Buckets {
  private static final int EMPTY = 0;
  private final int cap;
  private long[] keys = new long[64];

  /** Per slot: 1 + the index of its newest posting, or {@link #EMPTY}. */
  private int[] heads = new int[64];

  private int[] counts = new int[64];
  private int[] values = new int[256];
  private int[] next = new int[256];
  private int postings;
  private int size;

  Buckets(int cap) {
    this.cap = cap;
  }

  /** Adds the entry under the key, unless the key already holds {@code cap} entries. */
  void add(long key, int entry) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = slot(key, keys, heads);
    if (heads[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    } else if (counts[slot] >= cap) {
      return;
    }
    if (postings == values.length) {
      values = Arrays.copyOf(values, postings * 2);
      next = Arrays.copyOf(next, postings * 2);
    }
    values[postings] = entry;
    next[postings] = heads[slot];
    heads[slot] = ++postings;
    counts[slot]++;
  }

  /** Appends the key's entries (newest first) to {@code into}. */
  void collect(long key, IntList into) {
    int slot = slot(key, keys, heads);
    for (int p = heads[slot]; p != EMPTY; p = next[p - 1]) {
      into.add(values[p - 1]);
    }
  }

  /** Distinct keys held. */
  int size() {
    return size;
  }

  private static int slot(long key, long[] keys, int[] heads) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (heads[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != EMPTY) {
        int slot = slot(oldKeys[i], keys, heads);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  /** A growable {@code int} list, reused between lookups. */
  static final class IntList {
    int[] items = new int[64];
    int size;

    void add(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    void clear() {
      size = 0;
    }
  }
}
