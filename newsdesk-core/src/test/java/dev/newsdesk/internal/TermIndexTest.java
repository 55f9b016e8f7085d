package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TermIndexTest {
  private static final int TERMS = 60;

  /** Skewed weights, as a story's are: a few rare, telling words and many common, light ones. */
  private static double weightOf(int term) {
    return term < 10 ? 3.0 + term : 0.05 + term / 200.0;
  }

  private static int[] randomText(SplittableRandom random) {
    TreeSet<Integer> terms = new TreeSet<>();
    int size = 1 + random.nextInt(12);
    while (terms.size() < size) {
      // Common words (high ids) turn up more often than rare ones.
      terms.add(random.nextInt(4) == 0 ? random.nextInt(10) : 10 + random.nextInt(TERMS - 10));
    }
    return terms.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double weight(int[] terms) {
    return Arrays.stream(terms).mapToDouble(TermIndexTest::weightOf).sum();
  }

  private static double shared(int[] a, int[] b) {
    return Arrays.stream(a)
        .filter(t -> Arrays.binarySearch(b, t) >= 0)
        .mapToDouble(TermIndexTest::weightOf)
        .sum();
  }

  @Test
  void everyTextSharingTheAskedShareOfBothSidesIsACandidateAndNoneSharingNothingIs() {
    SplittableRandom random = new SplittableRandom(11);
    TermIndex index = new TermIndex(TermIndexTest::weightOf);
    List<int[]> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int[] text = randomText(random);
      assertThat(index.add(text)).isEqualTo(i);
      texts.add(text);
    }
    int pruned = 0;
    for (int q = 0; q < 300; q++) {
      int[] query = randomText(random);
      double minShare = q % 2 == 0 ? 0.25 : 0.5;
      double minShareOfText = q % 3 == 0 ? 0 : 0.25;
      int[] candidates = index.candidates(query, minShare, minShareOfText);
      assertThat(candidates).isSorted();
      for (int t = 0; t < texts.size(); t++) {
        double shared = shared(query, texts.get(t));
        boolean qualifies =
            shared >= minShare * weight(query) && shared >= minShareOfText * weight(texts.get(t));
        boolean found = Arrays.binarySearch(candidates, t) >= 0;
        if (qualifies) {
          assertThat(found).as("query %d, text %d", q, t).isTrue();
        }
        if (shared == 0) {
          assertThat(found).as("query %d, text %d shares nothing", q, t).isFalse();
        }
        pruned += !qualifies && !found ? 1 : 0;
      }
    }
    // The point of the index: most texts that cannot qualify are never candidates.
    assertThat(pruned).isGreaterThan(300 * 400 / 2);
  }

  @Test
  void aQueryWithoutWordsHasNoCandidates() {
    TermIndex index = new TermIndex(TermIndexTest::weightOf);
    index.add(new int[] {1, 2, 3});
    assertThat(index.candidates(new int[0], 0.25)).isEmpty();
  }
}
