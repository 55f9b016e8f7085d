package dev.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TermWeightsTest {

  @Test
  void aTermsFirstWeightIsStoredAndLaterOnesAreAddedToIt() {
    TermWeights w = new TermWeights();
    w.add(7, 0.5);
    w.add(7, 0.25);
    w.add(3, 2.0);
    assertThat(w.getOrDefault(7, -1)).isEqualTo(0.75);
    assertThat(w.getOrDefault(3, -1)).isEqualTo(2.0);
    assertThat(w.size()).isEqualTo(2);
  }

  @Test
  void anAbsentTermGivesTheDefault() {
    TermWeights w = new TermWeights();
    w.add(1, 1.0);
    assertThat(w.getOrDefault(2, 1.0)).isEqualTo(1.0);
    assertThat(w.getOrDefault(0, 0.0)).isEqualTo(0.0);
  }

  @Test
  void maxKeepsTheLargerWeight() {
    TermWeights w = new TermWeights();
    w.max(4, 1.5);
    w.max(4, 1.2);
    w.max(5, 1.2);
    w.max(5, 1.5);
    assertThat(w.getOrDefault(4, 0)).isEqualTo(1.5);
    assertThat(w.getOrDefault(5, 0)).isEqualTo(1.5);
  }

  @Test
  void termsComeOutAscendingWhateverTheOrderTheyWentIn() {
    TermWeights w = new TermWeights();
    for (int term : new int[] {900, 2, 65_536, 0, 31, 2}) {
      w.add(term, 1.0);
    }
    assertThat(w.sortedTerms()).containsExactly(0, 2, 31, 900, 65_536);
  }

  @Test
  void clearEmptiesTheMapAndItCanBeFilledAgain() {
    TermWeights w = new TermWeights();
    w.add(10, 3.0);
    w.clear();
    assertThat(w.size()).isZero();
    assertThat(w.getOrDefault(10, -1)).isEqualTo(-1);
    assertThat(w.sortedTerms()).isEmpty();
    w.add(10, 1.0);
    assertThat(w.getOrDefault(10, -1)).isEqualTo(1.0);
  }

  @Test
  void manyTermsGiveTheSameSumsAsABoxedMapAddingInTheSameOrder() {
    // Past several growths of the table; colliding ids (multiples of a power of two) included.
    TermWeights w = new TermWeights();
    Map<Integer, Double> boxed = new HashMap<>();
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 20_000; i++) {
      int term = random.nextBoolean() ? random.nextInt(3_000) : random.nextInt(100) * 1024;
      double weight = random.nextDouble() * 3;
      w.add(term, weight);
      boxed.merge(term, weight, Double::sum);
    }
    assertThat(w.size()).isEqualTo(boxed.size());
    for (Map.Entry<Integer, Double> e : boxed.entrySet()) {
      assertThat(w.getOrDefault(e.getKey(), -1)).isEqualTo(e.getValue());
    }
    assertThat(w.sortedTerms())
        .containsExactly(boxed.keySet().stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  @Test
  void aNegativeTermIsRefusedWithTheIdInTheMessage() {
    assertThatThrownBy(() -> new TermWeights().add(-3, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
  }
}
