package dev.newsdesk.cluster;

import java.util.Arrays;

/**
 * Reusable accumulators for one lookup: dot products per member and the best member similarity per
 * story, in dense arrays with a list of the touched entries, so a lookup costs what it touches and
 * never clears everything. Not thread-safe.
 */
final class Scratch {
  double[] dots = new double[0];
  int[] members = new int[64];
  int touchedMembers;
  double[] storyBest = new double[0];
  private int[] stories = new int[64];
  private int touchedStories;

  void reset(int memberCapacity, int storyCapacity) {
    for (int k = 0; k < touchedMembers; k++) {
      dots[members[k]] = 0;
    }
    for (int k = 0; k < touchedStories; k++) {
      storyBest[stories[k]] = -1;
    }
    touchedMembers = 0;
    touchedStories = 0;
    if (dots.length < memberCapacity) {
      dots = Arrays.copyOf(dots, Math.max(memberCapacity, dots.length * 2));
    }
    if (storyBest.length < storyCapacity) {
      int old = storyBest.length;
      storyBest = Arrays.copyOf(storyBest, Math.max(storyCapacity, old * 2));
      Arrays.fill(storyBest, old, storyBest.length, -1);
    }
  }

  void accumulate(int member, double value) {
    if (dots[member] == 0) {
      if (touchedMembers == members.length) {
        members = Arrays.copyOf(members, touchedMembers * 2);
      }
      members[touchedMembers++] = member;
    }
    dots[member] += value;
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
    // Sorted as primitive keys, closest first then lower index: the similarity (as float bits,
    // which order like the values for non-negative floats) above, the story index below.
    long[] keys = new long[touched.length];
    for (int i = 0; i < touched.length; i++) {
      int bits = Float.floatToIntBits((float) Math.max(0, storyBest[touched[i]]));
      keys[i] = ((long) (Integer.MAX_VALUE - bits) << 32) | touched[i];
    }
    Arrays.sort(keys);
    int[] top = new int[limit];
    for (int i = 0; i < limit; i++) {
      top[i] = (int) keys[i];
    }
    return top;
  }
}
