package dev.newsdesk.cluster;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A story's summed term weights: an open-addressing map from term id to weight, without boxing,
 * because centroid lookups are the inner loop of scoring. Not thread-safe.
 */
final class Centroid {
  private static final int EMPTY = -1;
  private int[] keys = newKeys(16);
  private double[] values = new double[16];
  private int size;

  private static int[] newKeys(int capacity) {
    int[] k = new int[capacity];
    Arrays.fill(k, EMPTY);
    return k;
  }

  int size() {
    return size;
  }

  double get(int term) {
    int mask = keys.length - 1;
    for (int i = mix(term) & mask; ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == term) {
        return values[i];
      }
      if (k == EMPTY) {
        return 0;
      }
    }
  }

  void add(int term, double weight) {
    if ((size + 1) * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    int mask = keys.length - 1;
    for (int i = mix(term) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == term) {
        values[i] += weight;
        return;
      }
      if (keys[i] == EMPTY) {
        keys[i] = term;
        values[i] = weight;
        size++;
        return;
      }
    }
  }

  /** The squared length of the weights, each multiplied by the term's factor. */
  double squaredNorm(IntToDoubleFunction factor) {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        double w = values[i] * factor.applyAsDouble(keys[i]);
        sum += w * w;
      }
    }
    return sum;
  }

  /** Terms and weights, in ascending term order (deterministic whatever the table layout). */
  int[] terms() {
    int[] out = new int[size];
    int n = 0;
    for (int k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** Keeps only the given terms (ascending), with their weights. */
  void retainOnly(int[] kept) {
    double[] weights = new double[kept.length];
    for (int i = 0; i < kept.length; i++) {
      weights[i] = get(kept[i]);
    }
    keys = newKeys(Integer.highestOneBit(Math.max(16, kept.length * 4 - 1)));
    values = new double[keys.length];
    size = 0;
    for (int i = 0; i < kept.length; i++) {
      add(kept[i], weights[i]);
    }
  }

  private void rehash(int capacity) {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = newKeys(capacity);
    values = new double[capacity];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(int term) {
    return term * 0x9E3779B9 >>> 7;
  }
}
