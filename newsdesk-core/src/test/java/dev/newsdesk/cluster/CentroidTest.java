package dev.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CentroidTest {

  @Test
  void aTermsWeightsAreSummedAndAnAbsentTermWeighsNothing() {
    Centroid c = new Centroid();
    c.add(3, 0.5);
    c.add(3, 0.25);
    c.add(40, 1.0);
    assertThat(c.get(3)).isEqualTo(0.75);
    assertThat(c.get(40)).isEqualTo(1.0);
    assertThat(c.get(4)).isZero();
    assertThat(c.size()).isEqualTo(2);
  }

  @Test
  void thousandsOfTermsGiveTheSameWeightsAsABoxedMapAndNoneForTermsNeverAdded() {
    Centroid c = new Centroid();
    Map<Integer, Double> boxed = new HashMap<>();
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 5_000; i++) {
      int term = 2 * random.nextInt(4_000); // even ids only: odd ones are never added
      double weight = random.nextDouble();
      c.add(term, weight);
      boxed.merge(term, weight, Double::sum);
    }
    for (int term = 0; term < 8_000; term++) {
      assertThat(c.get(term)).as("term %d", term).isEqualTo(boxed.getOrDefault(term, 0.0));
    }
  }

  @Test
  void afterRetainingSomeTermsTheOthersWeighNothingAndTheKeptKeepTheirWeights() {
    Centroid c = new Centroid();
    for (int term = 0; term < 600; term++) {
      c.add(term, term / 10.0);
    }
    int[] kept = {5, 77, 300, 599};
    c.retainOnly(kept);
    assertThat(c.terms()).containsExactly(kept);
    for (int term = 0; term < 600; term++) {
      double expected = Arrays.binarySearch(kept, term) >= 0 ? term / 10.0 : 0.0;
      assertThat(c.get(term)).as("term %d", term).isEqualTo(expected);
    }
    c.add(6, 1.0);
    assertThat(c.get(6)).isEqualTo(1.0);
  }

  @Test
  void theSquaredNormWeighsEachTermByItsFactor() {
    Centroid c = new Centroid();
    c.add(1, 3.0);
    c.add(2, 4.0);
    assertThat(c.squaredNorm(term -> term == 1 ? 2.0 : 1.0)).isEqualTo(36.0 + 16.0);
  }
}
