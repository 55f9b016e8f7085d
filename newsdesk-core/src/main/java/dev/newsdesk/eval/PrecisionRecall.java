package dev.newsdesk.eval;

/**
 * Match counts on both sides of a comparison, and the precision, recall and F1 they give.
 *
 * <p>Counts rather than ratios are kept so that scores of several documents add up (micro
 * averaging) with {@link #plus(PrecisionRecall)}. When a ratio has nothing to divide by (nothing
 * predicted, nothing in the gold standard) it is 0, and so is F1 when precision and recall are 0.
 *
 * @param predicted how many predicted items there are
 * @param matchedPredicted how many of them match some gold item
 * @param gold how many gold items there are
 * @param matchedGold how many of them are matched by some predicted item
 */
public record PrecisionRecall(int predicted, int matchedPredicted, int gold, int matchedGold) {

  public static final PrecisionRecall NONE = new PrecisionRecall(0, 0, 0, 0);

  public PrecisionRecall {
    if (matchedPredicted < 0 || matchedPredicted > predicted) {
      throw new IllegalArgumentException(
          "matched predicted " + matchedPredicted + " outside 0.." + predicted);
    }
    if (matchedGold < 0 || matchedGold > gold) {
      throw new IllegalArgumentException("matched gold " + matchedGold + " outside 0.." + gold);
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  public double f1() {
    return ClusteringScore.f1(precision(), recall());
  }

  /** The counts of both comparisons together. */
  public PrecisionRecall plus(PrecisionRecall other) {
    return new PrecisionRecall(
        predicted + other.predicted,
        matchedPredicted + other.matchedPredicted,
        gold + other.gold,
        matchedGold + other.matchedGold);
  }
}
