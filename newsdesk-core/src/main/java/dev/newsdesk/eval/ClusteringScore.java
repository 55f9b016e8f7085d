package dev.newsdesk.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a predicted clustering of items agrees with the true one.
 *
 * <ul>
 *   <li>B-cubed: per item, precision is the share of its predicted cluster that shares its true
 *       class and recall the share of its true class that shares its predicted cluster; both are
 *       averaged over items.
 *   <li>Pairwise: over unordered item pairs, precision is the share of pairs put together that
 *       belong together, recall the share of pairs belonging together that were put together.
 *       Design decision: with no pair put together precision is 1 (nothing claimed, nothing wrong),
 *       and with no pair belonging together recall is 1, matching B-cubed on singletons.
 *   <li>NMI: mutual information over the arithmetic mean of the two entropies, as scikit-learn's
 *       default; 1 when both labelings have a single cluster, 0 when the mutual information is 0.
 *   <li>ARI: the Hubert–Arabie adjusted Rand index, 1 when the two agree on every pair.
 * </ul>
 *
 * <p>An F1 is {@code 2PR / (P + R)}, 0 when P + R = 0. Counting goes through the contingency table,
 * so scoring takes time linear in the number of items. Thread-safe and deterministic.
 */
public record ClusteringScore(
    int items,
    int predictedClusters,
    int trueClusters,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double pairPrecision,
    double pairRecall,
    double pairF1,
    double nmi,
    double ari) {

  /**
   * Scores a predicted labeling against the true one. Item {@code i} has label {@code
   * predicted.get(i)} and class {@code truth.get(i)}; labels are compared with {@code equals}.
   *
   * @throws IllegalArgumentException when the lists are empty, differ in length, or hold a null
   */
  public static ClusteringScore of(List<String> predicted, List<String> truth) {
    if (predicted.isEmpty()) {
      throw new IllegalArgumentException("no items to score");
    }
    Contingency table = Contingency.of(predicted, truth);
    double n = table.items;
    double bcubedPrecision = 0;
    double bcubedRecall = 0;
    long pairsTogether = 0;
    for (int c = 0; c < table.cells.length; c++) {
      double cell = table.cells[c];
      bcubedPrecision += cell * cell / table.predictedSizes[table.cellPredicted[c]];
      bcubedRecall += cell * cell / table.trueSizes[table.cellTrue[c]];
      pairsTogether += Contingency.pairs(table.cells[c]);
    }
    bcubedPrecision /= n;
    bcubedRecall /= n;
    long predictedPairs = sumOfPairs(table.predictedSizes);
    long truePairs = sumOfPairs(table.trueSizes);
    double pairPrecision = predictedPairs == 0 ? 1 : (double) pairsTogether / predictedPairs;
    double pairRecall = truePairs == 0 ? 1 : (double) pairsTogether / truePairs;
    return new ClusteringScore(
        table.items,
        table.predictedSizes.length,
        table.trueSizes.length,
        bcubedPrecision,
        bcubedRecall,
        f1(bcubedPrecision, bcubedRecall),
        pairPrecision,
        pairRecall,
        f1(pairPrecision, pairRecall),
        nmi(table),
        ari(table.items, pairsTogether, predictedPairs, truePairs));
  }

  private static long sumOfPairs(int[] sizes) {
    long sum = 0;
    for (int size : sizes) {
      sum += Contingency.pairs(size);
    }
    return sum;
  }

  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static double nmi(Contingency table) {
    if (table.predictedSizes.length == 1 && table.trueSizes.length == 1) {
      return 1;
    }
    double n = table.items;
    double mutualInformation = 0;
    for (int c = 0; c < table.cells.length; c++) {
      double cell = table.cells[c];
      double a = table.predictedSizes[table.cellPredicted[c]];
      double b = table.trueSizes[table.cellTrue[c]];
      mutualInformation += cell / n * (Math.log(cell) + Math.log(n) - Math.log(a) - Math.log(b));
    }
    mutualInformation = Math.max(0, mutualInformation);
    if (mutualInformation == 0) {
      return 0;
    }
    double mean = (entropy(table.predictedSizes, n) + entropy(table.trueSizes, n)) / 2;
    return mutualInformation / mean;
  }

  private static double entropy(int[] sizes, double n) {
    double h = 0;
    for (int size : sizes) {
      h -= size / n * Math.log(size / n);
    }
    return h;
  }

  private static double ari(long items, long together, long predictedPairs, long truePairs) {
    double tp = together;
    double fp = predictedPairs - together;
    double fn = truePairs - together;
    double tn = Contingency.pairs(items) - tp - fp - fn;
    if (fp == 0 && fn == 0) {
      return 1;
    }
    return 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
  }

  /** The figures in report order, cluster counts included. */
  public Map<String, Double> figures() {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("bcubed_p", bcubedPrecision);
    figures.put("bcubed_r", bcubedRecall);
    figures.put("bcubed_f1", bcubedF1);
    figures.put("pair_p", pairPrecision);
    figures.put("pair_r", pairRecall);
    figures.put("pair_f1", pairF1);
    figures.put("nmi", nmi);
    figures.put("ari", ari);
    figures.put("clusters", (double) predictedClusters);
    figures.put("true_clusters", (double) trueClusters);
    return Collections.unmodifiableMap(figures);
  }
}
