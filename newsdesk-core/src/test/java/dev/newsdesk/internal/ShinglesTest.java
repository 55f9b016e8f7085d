package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void anOverlapThatCanReachTheLeastIsCountedExactlyAndOneThatCannotIsMinusOne() {
    Random random = new Random(7);
    int reached = 0;
    for (int round = 0; round < 5_000; round++) {
      long[] a = sortedDistinct(random, 1 + random.nextInt(30));
      long[] b = sortedDistinct(random, 1 + random.nextInt(30));
      int exact = Shingles.overlap(a, b);
      int least = random.nextInt(Math.min(a.length, b.length) + 3);
      int found = Shingles.overlapReaching(a, b, least);
      if (exact >= least) {
        assertThat(found).as("%s ∩ %s, least %d", a, b, least).isEqualTo(exact);
        reached++;
      } else {
        assertThat(found).as("%s ∩ %s, least %d", a, b, least).isEqualTo(-1);
      }
    }
    assertThat(reached).as("both branches are exercised").isBetween(500, 4_500);
  }

  @Test
  void aSetInsideAnotherReachesItsOwnSizeAndNoMore() {
    long[] inner = {3, 9, 27};
    long[] outer = {1, 3, 5, 9, 11, 27, 40};
    assertThat(Shingles.overlapReaching(inner, outer, 3)).isEqualTo(3);
    assertThat(Shingles.overlapReaching(outer, inner, 3)).isEqualTo(3);
    assertThat(Shingles.overlapReaching(inner, outer, 4)).isEqualTo(-1);
    assertThat(Shingles.overlapReaching(new long[0], outer, 0)).isZero();
  }

  /** Values from a small range, so two draws share some. */
  private static long[] sortedDistinct(Random random, int n) {
    return LongStream.generate(() -> random.nextInt(60) - 30L)
        .limit(n)
        .distinct()
        .sorted()
        .toArray();
  }
}
