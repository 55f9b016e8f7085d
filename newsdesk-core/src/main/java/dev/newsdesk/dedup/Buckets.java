package dev.newsdesk.dedup;

import java.util.Arrays;

/**
 * A multimap from {@code long} keys to the first few {@code int} entries added under each, in
 * open-addressing arrays: the copy index's LSH buckets and containment anchors, and the rewrite
 * check's sentence band keys. Not thread-safe.
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

  /**
   * Slot {@code i}: its key at {@code 2i}; at {@code 2i + 1} the count of its entries (high 32
   * bits) and 1 + the index of its newest posting (low 32 bits, {@link #EMPTY} for a free slot).
   * Side by side so a probe reads one cache line: a lookup probes 64 keys or more at random.
   */
  private long[] slots = new long[2 * 64];

  /**
   * Posting {@code p}: its entry at {@code 2p}, 1 + the index of the next older at {@code 2p+1}.
   */
  private int[] postings = new int[2 * 256];

  private int postingCount;
  private int size;

  Buckets(int cap) {
    this.cap = cap;
  }

  /** Adds the entry under the key, unless the key already holds {@code cap} entries. */
  void add(long key, int entry) {
    if (size * 2 >= slots.length >>> 1) {
      grow();
    }
    int slot = slot(key, slots);
    long state = slots[2 * slot + 1];
    int head = (int) state;
    int count = (int) (state >>> 32);
    if (head == EMPTY) {
      slots[2 * slot] = key;
      size++;
    } else if (count >= cap) {
      return;
    }
    if (2 * postingCount == postings.length) {
      postings = Arrays.copyOf(postings, postings.length * 2);
    }
    postings[2 * postingCount] = entry;
    postings[2 * postingCount + 1] = head;
    postingCount++;
    slots[2 * slot + 1] = ((long) (count + 1) << 32) | postingCount;
  }

  /** Appends the key's entries (newest first) to {@code into}. */
  void collect(long key, IntList into) {
    int slot = slot(key, slots);
    for (int p = (int) slots[2 * slot + 1]; p != EMPTY; p = postings[2 * (p - 1) + 1]) {
      into.add(postings[2 * (p - 1)]);
    }
  }

  /** Distinct keys held. */
  int size() {
    return size;
  }

  private static int slot(long key, long[] slots) {
    int mask = (slots.length >>> 1) - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while ((int) slots[2 * slot + 1] != EMPTY && slots[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (int i = 0; i < old.length; i += 2) {
      if ((int) old[i + 1] != EMPTY) {
        int slot = slot(old[i], slots);
        slots[2 * slot] = old[i];
        slots[2 * slot + 1] = old[i + 1];
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
