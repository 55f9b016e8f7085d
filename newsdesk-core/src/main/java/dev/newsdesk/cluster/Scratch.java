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
    return Arrays.stream(touched)
        .boxed()
        .sorted(
            (a, b) -> {
              int c = Double.compare(storyBest[b], storyBest[a]);
              return c != 0 ? c : Integer.compare(a, b);
            })
        .limit(limit)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
