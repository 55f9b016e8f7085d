package dev.newsdesk.cluster;

import java.util.Arrays;

/**
 * One term's postings: the members that contain it and their term weights, in arrival order. Only
 * the most recent {@code limit} are read, and older ones are dropped in halves, so a common term
 * costs a lookup at most {@code limit} entries however long the stream. Entries of retired members
 * are dropped lazily, while the list is read. Not thread-safe.
 */
final class Postings {
  /** A renumbered-away entry of a retired member: never live, dropped like any dead entry. */
  static final int DEAD = -1;

  private int[] members = new int[4];
  private float[] weights = new float[4];
  private int size;

  void add(int member, double weight, int limit) {
    if (size >= 2 * limit) {
      // Keep the newest half: a story's recent members are the ones a new article resembles.
      System.arraycopy(members, size - limit, members, 0, limit);
      System.arraycopy(weights, size - limit, weights, 0, limit);
      size = limit;
    }
    if (size == members.length) {
      members = Arrays.copyOf(members, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    members[size] = member;
    weights[size] = (float) weight;
    size++;
  }

  /** Visits the live entries among the newest {@code limit}, removing the dead ones it meets. */
  void forEachLive(int limit, Liveness live, Visitor visitor) {
    int from = Math.max(0, size - limit);
    int i = from;
    // Entries are moved only from the first dead one on: most lists have none, and writing every
    // entry back dirtied every cache line the scan read.
    for (; i < size; i++) {
      int m = members[i];
      if (m == DEAD || !live.isLive(m)) {
        break;
      }
      visitor.visit(m, weights[i]);
    }
    int kept = i;
    for (; i < size; i++) {
      int m = members[i];
      if (m != DEAD && live.isLive(m)) {
        members[kept] = m;
        weights[kept] = weights[i];
        kept++;
        visitor.visit(m, weights[i]);
      }
    }
    size = kept;
  }

  /** Maps every entry through {@code newNumber} (old member number to new, or {@link #DEAD}). */
  void renumber(int[] newNumber) {
    for (int i = 0; i < size; i++) {
      if (members[i] != DEAD) {
        members[i] = newNumber[members[i]];
      }
    }
  }

  interface Liveness {
    boolean isLive(int member);
  }

  interface Visitor {
    void visit(int member, float weight);
  }
}
