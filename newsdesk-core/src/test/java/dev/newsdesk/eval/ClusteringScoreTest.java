package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoreTest {

  // Predicted A = {0, 1, 2}, B = {3, 4}; true x = {0, 1}, y = {2, 3, 4}.
  private static final ClusteringScore SMALL =
      ClusteringScore.of(labels("A A A B B"), labels("x x y y y"));

  @Test
  void bcubedAveragesPerItemPrecisionAndRecall() {
    // precision: 2/3, 2/3, 1/3, 1, 1; recall: 1, 1, 1/3, 2/3, 2/3
    assertThat(SMALL.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(SMALL.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(SMALL.bcubedF1()).isCloseTo(11.0 / 15, within(1e-12));
  }

  @Test
  void pairwiseCountsPairsTogetherInBothLabelings() {
    // together in both: {0,1}, {3,4}; predicted pairs 3 + 1; true pairs 1 + 3
    assertThat(SMALL.pairPrecision()).isCloseTo(0.5, within(1e-12));
    assertThat(SMALL.pairRecall()).isCloseTo(0.5, within(1e-12));
    assertThat(SMALL.pairF1()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void nmiIsMutualInformationOverTheMeanEntropy() {
    double h = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4));
    double mi = 0.4 * Math.log(10.0 / 6) + 0.2 * Math.log(5.0 / 9) + 0.4 * Math.log(10.0 / 6);

    assertThat(SMALL.nmi()).isCloseTo(mi / h, within(1e-12));
    assertThat(SMALL.nmi()).isCloseTo(0.432538, within(1e-6));
  }

  @Test
  void ariAdjustsTheRandIndexForChance() {
    // index 2, expected 4 * 4 / 10 = 1.6, max 4: (2 - 1.6) / (4 - 1.6)
    assertThat(SMALL.ari()).isCloseTo(1.0 / 6, within(1e-12));
  }

  @Test
  void ariMatchesTheScikitLearnDocumentationExample() {
    assertThat(ClusteringScore.of(labels("0 0 1 2"), labels("0 0 1 1")).ari())
        .isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void clusterCountsAreReportedForBothSides() {
    assertThat(SMALL.items()).isEqualTo(5);
    assertThat(SMALL.predictedClusters()).isEqualTo(2);
    assertThat(SMALL.trueClusters()).isEqualTo(2);
  }

  @Test
  void theSamePartitionUnderOtherNamesScoresOneEverywhere() {
    ClusteringScore score = ClusteringScore.of(labels("p p q r r"), labels("1 1 2 3 3"));

    assertThat(score.bcubedF1()).isEqualTo(1.0);
    assertThat(score.pairF1()).isEqualTo(1.0);
    assertThat(score.nmi()).isCloseTo(1.0, within(1e-12));
    assertThat(score.ari()).isEqualTo(1.0);
  }

  @Test
  void allSingletonsAgainstOneTrueClusterIsPreciseButRecallsNothing() {
    ClusteringScore score = ClusteringScore.of(labels("a b c d"), labels("x x x x"));

    assertThat(score.bcubedPrecision()).isEqualTo(1.0);
    assertThat(score.bcubedRecall()).isCloseTo(0.25, within(1e-12));
    assertThat(score.pairPrecision()).isEqualTo(1.0);
    assertThat(score.pairRecall()).isZero();
    assertThat(score.pairF1()).isZero();
    assertThat(score.nmi()).isZero();
    assertThat(score.ari()).isZero();
  }

  @Test
  void oneClusterOnBothSidesIsAPerfectMatch() {
    ClusteringScore score = ClusteringScore.of(labels("a a a"), labels("x x x"));

    assertThat(score.nmi()).isEqualTo(1.0);
    assertThat(score.ari()).isEqualTo(1.0);
    assertThat(score.bcubedF1()).isEqualTo(1.0);
    assertThat(score.pairF1()).isEqualTo(1.0);
  }

  @Test
  void aSingleItemHasNoPairsAndScoresOne() {
    ClusteringScore score = ClusteringScore.of(labels("a"), labels("x"));

    assertThat(score.pairPrecision()).isEqualTo(1.0);
    assertThat(score.pairRecall()).isEqualTo(1.0);
    assertThat(score.ari()).isEqualTo(1.0);
    assertThat(score.nmi()).isEqualTo(1.0);
  }

  @Test
  void figuresIncludeTheClusterCounts() {
    assertThat(SMALL.figures()).containsEntry("clusters", 2.0).containsEntry("true_clusters", 2.0);
    assertThat(SMALL.figures().keySet()).startsWith("bcubed_p", "bcubed_r", "bcubed_f1");
  }

  @Test
  void listsOfDifferentLengthsEmptyListsAndNullLabelsAreRejected() {
    assertThatThrownBy(() -> ClusteringScore.of(labels("a b"), labels("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> ClusteringScore.of(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusteringScore.of(Arrays.asList("a", null), labels("x y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 1");
  }

  private static List<String> labels(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }
}
