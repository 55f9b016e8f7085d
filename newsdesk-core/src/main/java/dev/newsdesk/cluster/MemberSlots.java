package dev.newsdesk.cluster;

import java.util.Arrays;

/**
 * The story index's member slots: per slot, the member's terms and weights, its story and its
 * cached norm, numbered densely from 0. Not thread-safe.
 *
 * <p>Design decision: laid out for the lookup, which reads these for thousands of members per
 * article at random slots. Whether a slot is live is one bit (the postings scan asks it for every
 * entry it reads, and a bit set of the whole index stays in the first-level cache where an {@code
 * int} per slot did not); a slot's story, the document count its norm was computed at, and the norm
 * sit side by side in one {@code long[]}, so ranking a touched member costs one cache line instead
 * of three arrays. Terms and weights, read only when a norm is refreshed, stay in their own arrays.
 *
 * <p>Design decision: the lookup's running dot product of a member sits in the same {@code long[]},
 * beside its story and norm (a slot is four {@code long}s, two slots a cache line). The postings
 * scan adds to it, and ranking the touched members then reads story, norm and dot from the line the
 * scan has just brought in; with the dot products in an array of their own (the lookup's scratch)
 * every touched member cost a cache miss in the scan and another in the ranking.
 */
final class MemberSlots {
  static final int NO_STORY = -1;
  private int[][] terms = new int[1024][];
  private double[][] weights = new double[1024][];

  /**
   * Per slot {@code 4m}: story (low 32 bits) and norm's document count (high); {@code 4m+1}: norm;
   * {@code 4m+2}: the current lookup's dot product; {@code 4m+3}: unused (alignment).
   */
  private long[] hot = new long[HOT * 1024];

  private static final int HOT = 4;

  private long[] live = new long[1024 / 64];
  private int count;
  private int liveCount;

  /** Slots held, live or not yet renumbered away: slot numbers are below this. */
  int count() {
    return count;
  }

  int liveCount() {
    return liveCount;
  }

  /** Adds a live member of the story; its norm is computed on first use. Returns its slot. */
  int add(int story, int[] memberTerms, double[] memberWeights) {
    if (count == terms.length) {
      resize(count * 2);
    }
    int m = count++;
    liveCount++;
    terms[m] = memberTerms;
    weights[m] = memberWeights;
    hot[HOT * m] = story & 0xFFFFFFFFL;
    hot[HOT * m + 1] = 0;
    hot[HOT * m + 2] = 0;
    live[m >>> 6] |= 1L << m;
    return m;
  }

  /** The member leaves the index (its story retired, or it is its story's oldest). */
  void remove(int m) {
    terms[m] = null;
    weights[m] = null;
    hot[HOT * m] = NO_STORY & 0xFFFFFFFFL;
    live[m >>> 6] &= ~(1L << m);
    liveCount--;
  }

  boolean isLive(int m) {
    return (live[m >>> 6] & (1L << m)) != 0;
  }

  int story(int m) {
    return (int) hot[HOT * m];
  }

  void setStory(int m, int story) {
    hot[HOT * m] = (hot[HOT * m] & 0xFFFFFFFF00000000L) | (story & 0xFFFFFFFFL);
  }

  /** The current lookup's dot product of the member: 0 until {@link #addToDot}. */
  double dot(int m) {
    return Double.longBitsToDouble(hot[HOT * m + 2]);
  }

  /** Adds to the member's dot product; returns whether it was 0 before (first touched). */
  boolean addToDot(int m, double value) {
    int at = HOT * m + 2;
    double before = Double.longBitsToDouble(hot[at]);
    hot[at] = Double.doubleToRawLongBits(before + value);
    return before == 0;
  }

  void clearDot(int m) {
    hot[HOT * m + 2] = 0;
  }

  int[] terms(int m) {
    return terms[m];
  }

  double[] weights(int m) {
    return weights[m];
  }

  /** The document count at which the slot's norm was last computed; 0 when never. */
  int normAt(int m) {
    return (int) (hot[HOT * m] >>> 32);
  }

  double norm(int m) {
    return Double.longBitsToDouble(hot[HOT * m + 1]);
  }

  void setNorm(int m, double norm, int documents) {
    hot[HOT * m] = ((long) documents << 32) | (hot[HOT * m] & 0xFFFFFFFFL);
    hot[HOT * m + 1] = Double.doubleToRawLongBits(norm);
  }

  /**
   * Renumbers the live slots densely, in their old order, and gives the map from old slot to new
   * (or {@link Postings#DEAD}); stories are set again by the caller, and dot products must have
   * been cleared (a slot's moves with it).
   */
  int[] compact(int minCapacity) {
    int[] newSlot = new int[count];
    int n = 0;
    for (int m = 0; m < count; m++) {
      if (terms[m] != null) {
        newSlot[m] = n;
        terms[n] = terms[m];
        weights[n] = weights[m];
        System.arraycopy(hot, HOT * m, hot, HOT * n, HOT);
        n++;
      } else {
        newSlot[m] = Postings.DEAD;
      }
    }
    Arrays.fill(terms, n, count, null);
    Arrays.fill(weights, n, count, null);
    count = n;
    liveCount = n;
    resize(Math.max(minCapacity, n * 2));
    Arrays.fill(live, 0);
    for (int m = 0; m < n; m++) {
      live[m >>> 6] |= 1L << m;
    }
    return newSlot;
  }

  private void resize(int capacity) {
    terms = Arrays.copyOf(terms, capacity);
    weights = Arrays.copyOf(weights, capacity);
    hot = Arrays.copyOf(hot, HOT * capacity);
    live = Arrays.copyOf(live, (capacity + 63) >>> 6);
  }
}
