package dev.newsdesk.cluster;

import java.util.Arrays;

/**
 * Reusable accumulators for one lookup: dot products per member (kept in the member's slot, see
 * {@link MemberSlots}) and the best member similarity per story, with a list of the touched
 * entries, so a lookup costs what it touches and never clears everything. Not thread-safe.
 */
final class Scratch {
  private final MemberSlots slots;
  int[] members = new int[64];
  int touchedMembers;
  double[] storyBest = new double[0];
  private int[] stories = new int[64];
  private int touchedStories;

  Scratch(MemberSlots slots) {
    this.slots = slots;
  }

  void reset(int storyCapacity) {
    for (int k = 0; k < touchedMembers; k++) {
      slots.clearDot(members[k]);
    }
    for (int k = 0; k < touchedStories; k++) {
      storyBest[stories[k]] = -1;
    }
    touchedMembers = 0;
    touchedStories = 0;
    if (storyBest.length < storyCapacity) {
      int old = storyBest.length;
      storyBest = Arrays.copyOf(storyBest, Math.max(storyCapacity, old * 2));
      Arrays.fill(storyBest, old, storyBest.length, -1);
    }
  }

  /** Drops capacity beyond what renumbered stories need; call right after a reset. */
  void shrink(int storyCapacity) {
    if (storyBest.length > storyCapacity) {
      storyBest = new double[storyCapacity];
      Arrays.fill(storyBest, -1);
    }
  }

  void accumulate(int member, double value) {
    if (slots.addToDot(member, value)) {
      if (touchedMembers == members.length) {
        members = Arrays.copyOf(members, touchedMembers * 2);
      }
      members[touchedMembers++] = member;
    }
  }

  void offerStory(int story, double similarity) {
    if (storyBest[story] < 0) {
      if (touchedStories == stories.length) {
        stories = Arrays.copyOf(stories, touchedStories * 2);
      }
      stories[touchedStories++] = story;
      storyBest[story] = similarity;
    } else if (similarity > storyBest[story]) {
      storyBest[story] = similarity;
    }
  }

  /** The touched stories with the closest members, at most {@code limit}; ties: lower index. */
  int[] topStories(int limit) {
    int[] touched = Arrays.copyOf(stories, touchedStories);
    if (touched.length <= limit) {
      Arrays.sort(touched);
      return touched;
    }
    // Ranked as primitive keys, closest first then lower index: the similarity (as float bits,
    // which order like the values for non-negative floats) above, the story index below. Only the
    // smallest `limit` keys are wanted, so a bounded max-heap selects them in one pass (a lookup
    // can touch thousands of stories; sorting them all was the largest cost of a lookup).
    long[] heap = new long[limit];
    int size = 0;
    for (int story : touched) {
      int bits = Float.floatToIntBits((float) Math.max(0, storyBest[story]));
      long key = ((long) (Integer.MAX_VALUE - bits) << 32) | story;
      if (size < limit) {
        heap[size] = key;
        siftUp(heap, size++);
      } else if (key < heap[0]) {
        heap[0] = key;
        siftDown(heap, limit);
      }
    }
    Arrays.sort(heap);
    int[] top = new int[limit];
    for (int i = 0; i < limit; i++) {
      top[i] = (int) heap[i];
    }
    return top;
  }

  /** Max-heap on keys: moves the entry at {@code i} up to its place. */
  private static void siftUp(long[] heap, int i) {
    long key = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] >= key) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = key;
  }

  /** Max-heap on keys of this size: moves the root down to its place. */
  private static void siftDown(long[] heap, int size) {
    long key = heap[0];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] > heap[child]) {
        child++;
      }
      if (heap[child] <= key) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = key;
  }
}
