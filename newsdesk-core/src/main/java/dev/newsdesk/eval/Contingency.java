package dev.newsdesk.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contingency table of two labelings of the same items: how many items each (predicted cluster,
 * true class) pair shares. Built in one pass; only non-empty cells are kept.
 */
final class Contingency {
  final int items;
  final int[] predictedSizes;
  final int[] trueSizes;

  /** Sizes of the non-empty cells, in no particular order. */
  final int[] cells;

  /** For each cell, the index of its predicted cluster and of its true class. */
  final int[] cellPredicted;

  final int[] cellTrue;

  private Contingency(
      int items,
      int[] predictedSizes,
      int[] trueSizes,
      int[] cells,
      int[] cellPredicted,
      int[] cellTrue) {
    this.items = items;
    this.predictedSizes = predictedSizes;
    this.trueSizes = trueSizes;
    this.cells = cells;
    this.cellPredicted = cellPredicted;
    this.cellTrue = cellTrue;
  }

  static Contingency of(List<String> predicted, List<String> truth) {
    if (predicted.size() != truth.size()) {
      throw new IllegalArgumentException(
          "label lists differ in length: " + predicted.size() + " predicted, " + truth.size());
    }
    Map<String, Integer> predictedIndex = new HashMap<>();
    Map<String, Integer> trueIndex = new HashMap<>();
    Map<Long, Integer> cellCounts = new HashMap<>();
    for (int i = 0; i < predicted.size(); i++) {
      int p = index(predictedIndex, predicted.get(i), "predicted", i);
      int t = index(trueIndex, truth.get(i), "true", i);
      cellCounts.merge(((long) p << 32) | t, 1, Integer::sum);
    }
    int[] predictedSizes = new int[predictedIndex.size()];
    int[] trueSizes = new int[trueIndex.size()];
    int[] cells = new int[cellCounts.size()];
    int[] cellPredicted = new int[cells.length];
    int[] cellTrue = new int[cells.length];
    int c = 0;
    for (Map.Entry<Long, Integer> e : cellCounts.entrySet()) {
      int p = (int) (e.getKey() >>> 32);
      int t = (int) (e.getKey() & 0xFFFFFFFFL);
      cells[c] = e.getValue();
      cellPredicted[c] = p;
      cellTrue[c] = t;
      predictedSizes[p] += e.getValue();
      trueSizes[t] += e.getValue();
      c++;
    }
    return new Contingency(
        predicted.size(), predictedSizes, trueSizes, cells, cellPredicted, cellTrue);
  }

  private static int index(Map<String, Integer> indices, String label, String side, int item) {
    if (label == null) {
      throw new IllegalArgumentException(side + " label of item " + item + " is null");
    }
    return indices.computeIfAbsent(label, k -> indices.size());
  }

  /** Number of unordered pairs among {@code n} items. */
  static long pairs(long n) {
    return n * (n - 1) / 2;
  }
}
