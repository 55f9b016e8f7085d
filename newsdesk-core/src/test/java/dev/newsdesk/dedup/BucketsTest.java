package dev.newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketsTest {
  @Test
  void everyKeyHoldsItsFirstEntriesUpToTheCapAsAMapOfListsWould() {
    SplittableRandom random = new SplittableRandom(11);
    Buckets buckets = new Buckets(5);
    Map<Long, List<Integer>> expected = new HashMap<>();
    // Few distinct keys among many adds (so caps are reached), some of them equal in their low
    // bits (so they collide in the table).
    long[] keys = new long[3_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = i % 3 == 0 ? ((long) random.nextInt(1 << 20) << 32) : random.nextLong();
    }
    for (int entry = 0; entry < 20_000; entry++) {
      long key = keys[random.nextInt(keys.length)];
      buckets.add(key, entry);
      List<Integer> list = expected.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.size() < 5) {
        list.add(entry);
      }
    }
    assertThat(buckets.size()).isEqualTo(expected.size());
    Buckets.IntList found = new Buckets.IntList();
    for (Map.Entry<Long, List<Integer>> e : expected.entrySet()) {
      found.clear();
      buckets.collect(e.getKey(), found);
      int[] got = Arrays.copyOf(found.items, found.size);
      Arrays.sort(got);
      assertThat(got).containsExactly(e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @Test
  void anAbsentKeyHasNoEntries() {
    Buckets buckets = new Buckets(4);
    buckets.add(42L, 1);
    Buckets.IntList found = new Buckets.IntList();
    buckets.collect(43L, found);
    assertThat(found.size).isZero();
  }
}
