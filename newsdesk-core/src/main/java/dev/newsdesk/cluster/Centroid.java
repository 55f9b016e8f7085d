package dev.newsdesk.cluster;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A story's summed term weights: an open-addressing map from term id to weight, without boxing,
 * because centroid lookups are the inner loop of scoring. Not thread-safe.
 *
 * <p>Design decision: a slot's key and weight sit side by side in one {@code long[]} (the weight as
 * its raw bits), so a lookup that finds its term reads one cache line, not one in a key array and
 * another in a weight array; every article's scoring probes some 30 centroids this way.
 */
final class Centroid {
  private static final long EMPTY = -1;

  /** Slot {@code i}: key at {@code 2i}, weight's bits at {@code 2i + 1}. */
  private long[] table = newTable(16);

  private int size;

  /** Bit {@code filterBit(term)} is set for every term held; {@code 8 *} the table's slots. */
  private long[] filter = new long[16 * 8 / 64];

  private static long[] newTable(int capacity) {
    long[] t = new long[2 * capacity];
    for (int i = 0; i < t.length; i += 2) {
      t[i] = EMPTY;
    }
    return t;
  }

  int size() {
    return size;
  }

  double get(int term) {
    long[] f = filter;
    int bit = filterBit(term, f);
    if ((f[bit >>> 6] & (1L << bit)) == 0) {
      return 0;
    }
    long[] t = table;
    int mask = (t.length >>> 1) - 1;
    for (int i = mix(term) & mask; ; i = (i + 1) & mask) {
      long k = t[2 * i];
      if (k == term) {
        return Double.longBitsToDouble(t[2 * i + 1]);
      }
      if (k == EMPTY) {
        return 0;
      }
    }
  }

  void add(int term, double weight) {
    if ((size + 1) * 2 > table.length >>> 1) {
      rehash(table.length);
    }
    int mask = (table.length >>> 1) - 1;
    for (int i = mix(term) & mask; ; i = (i + 1) & mask) {
      if (table[2 * i] == term) {
        table[2 * i + 1] =
            Double.doubleToRawLongBits(Double.longBitsToDouble(table[2 * i + 1]) + weight);
        return;
      }
      if (table[2 * i] == EMPTY) {
        table[2 * i] = term;
        table[2 * i + 1] = Double.doubleToRawLongBits(weight);
        size++;
        int bit = filterBit(term, filter);
        filter[bit >>> 6] |= 1L << bit;
        return;
      }
    }
  }

  /** The squared length of the weights, each multiplied by the term's factor. */
  double squaredNorm(IntToDoubleFunction factor) {
    double sum = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        double w = Double.longBitsToDouble(table[i + 1]) * factor.applyAsDouble((int) table[i]);
        sum += w * w;
      }
    }
    return sum;
  }

  /** Terms and weights, in ascending term order (deterministic whatever the table layout). */
  int[] terms() {
    int[] out = new int[size];
    int n = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        out[n++] = (int) table[i];
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
    table = newTable(Integer.highestOneBit(Math.max(16, kept.length * 4 - 1)));
    filter = newFilter(table);
    size = 0;
    for (int i = 0; i < kept.length; i++) {
      add(kept[i], weights[i]);
    }
  }

  /** Doubles the slots. */
  private void rehash(int capacity) {
    long[] old = table;
    table = newTable(capacity);
    filter = newFilter(table);
    size = 0;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != EMPTY) {
        add((int) old[i], Double.longBitsToDouble(old[i + 1]));
      }
    }
  }

  /** A filter for a table of these slots: 8 bits a slot, so a power of two of 64 or more. */
  private static long[] newFilter(long[] table) {
    return new long[Math.max(1, (table.length >>> 1) * 8 / 64)];
  }

  /** The term's bit in the filter: high bits of another multiplicative hash than the table's. */
  private static int filterBit(int term, long[] filter) {
    return (term * 0x85EBCA6B) >>> (32 - Integer.numberOfTrailingZeros(filter.length * 64));
  }

  private static int mix(int term) {
    return term * 0x9E3779B9 >>> 7;
  }
}
