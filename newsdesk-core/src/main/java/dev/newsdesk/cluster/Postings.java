package dev.newsdesk.cluster;

import java.util.Arrays;

/**
 * One term's postings: the members that contain it and their term weights, in arrival order.
 * Entries of retired members are dropped lazily, while the list is read. Not thread-safe.
 */
final class Postings {
  private int[] members = new int[4];
  private float[] weights = new float[4];
  private int size;

  void add(int member, double weight) {
    if (size == members.length) {
      members = Arrays.copyOf(members, size * 2);
      weights = Arrays.copyOf(weights, size * 2);
    }
    members[size] = member;
    weights[size] = (float) weight;
    size++;
  }

  int size() {
    return size;
  }

  /** Visits live entries, in order, removing the dead ones as it goes. */
  void forEachLive(Liveness live, Visitor visitor) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      int m = members[i];
      if (live.isLive(m)) {
        members[kept] = m;
        weights[kept] = weights[i];
        kept++;
        visitor.visit(m, weights[i]);
      }
    }
    size = kept;
  }

  interface Liveness {
    boolean isLive(int member);
  }

  interface Visitor {
    void visit(int member, float weight);
  }
}
