package dev.newsdesk.cluster;

import java.util.Arrays;

/**
 * A map from term id (non-negative {@code int}) to a {@code double} weight, in open-addressing
 * arrays, emptied and reused from one article to the next. Not thread-safe.
 *
 * <p>Design decision: written here rather than taken from a primitive-collections library
 * (fastutil's {@code Int2DoubleOpenHashMap} would do): the vectorizer needs five operations, and a
 * dependency of some 20 MB for them is not worth it. It replaces {@code HashMap<Integer, Double>},
 * which boxed a key and a value for every word of every article. The sums are the same as the boxed
 * map's: a term's first weight is stored as it is, later ones are added to it in the order given.
 */
final class TermWeights {
  private static final int FREE = -1;

  private int[] keys = newKeys(32);
  private double[] values = new double[32];
  private int size;

  private static int[] newKeys(int capacity) {
    int[] k = new int[capacity];
    Arrays.fill(k, FREE);
    return k;
  }

  int size() {
    return size;
  }

  /** Empties the map, keeping its capacity. */
  void clear() {
    if (size > 0) {
      Arrays.fill(keys, FREE);
      size = 0;
    }
  }

  /** The term's weight, or {@code absent} when it has none. */
  double getOrDefault(int term, double absent) {
    int slot = slot(term);
    return keys[slot] == term ? values[slot] : absent;
  }

  /** Adds the weight to the term's (stores it when the term has none yet). */
  void add(int term, double weight) {
    int slot = insert(term, weight);
    if (slot >= 0) {
      values[slot] += weight;
    }
  }

  /** Keeps the larger of the term's weight and this one (stores it when the term has none yet). */
  void max(int term, double weight) {
    int slot = insert(term, weight);
    if (slot >= 0) {
      values[slot] = Math.max(values[slot], weight);
    }
  }

  /** The terms held, ascending. */
  int[] sortedTerms() {
    int[] out = new int[size];
    int n = 0;
    for (int key : keys) {
      if (key != FREE) {
        out[n++] = key;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /**
   * Stores the weight under a term that has none and returns -1; or returns the slot of the term's
   * weight.
   */
  private int insert(int term, double weight) {
    if (term < 0) {
      throw new IllegalArgumentException("term ids are non-negative, got " + term);
    }
    int slot = slot(term);
    if (keys[slot] == term) {
      return slot;
    }
    keys[slot] = term;
    values[slot] = weight;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  /** The slot holding the term, or the free slot where it would go. */
  private int slot(int term) {
    int mask = keys.length - 1;
    int slot = (term * 0x9E3779B9) >>> 7 & mask;
    while (keys[slot] != FREE && keys[slot] != term) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = newKeys(oldKeys.length * 2);
    values = new double[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
