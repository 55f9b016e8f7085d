package dev.newsdesk.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The article-extraction benchmark's score of a set of predicted article bodies: macro-averaged
 * shingle precision and recall, F1 from those two averages, and exact-token accuracy.
 *
 * <p>Precision is the mean of {@link ShingleMatch#precision()} over the documents with some
 * predicted shingle, recall the mean of {@link ShingleMatch#recall()} over the documents with some
 * ground-truth shingle (an average over no document is 0). F1 is {@code 2PR / (P + R)} of those
 * macro averages, not the mean of per-document F1 (0 when P + R = 0). Accuracy is the share of all
 * documents whose token list equals the ground truth's.
 *
 * <p>Thread-safe and deterministic: a pure function of its input.
 */
public record ExtractionScore(
    double f1, double precision, double recall, double accuracy, int documents) {

  /** Standard deviations of the four figures over bootstrap resamples of the documents. */
  public record Spread(double f1, double precision, double recall, double accuracy) {}

  /** Scores per-document matches. */
  public static ExtractionScore of(List<ShingleMatch> matches) {
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("no documents to score");
    }
    double precisionSum = 0;
    int precisionCount = 0;
    double recallSum = 0;
    int recallCount = 0;
    int exact = 0;
    for (ShingleMatch m : matches) {
      if (m.countsForPrecision()) {
        precisionSum += m.precision();
        precisionCount++;
      }
      if (m.countsForRecall()) {
        recallSum += m.recall();
        recallCount++;
      }
      exact += m.exact() ? 1 : 0;
    }
    double p = precisionCount == 0 ? 0 : precisionSum / precisionCount;
    double r = recallCount == 0 ? 0 : recallSum / recallCount;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new ExtractionScore(f1, p, r, (double) exact / matches.size(), matches.size());
  }

  /**
   * Scores predictions against ground truth, both keyed by document id. Every ground-truth document
   * is scored; a missing or null prediction counts as an empty text, and predictions for ids not in
   * the ground truth are ignored.
   */
  public static ExtractionScore of(Map<String, String> predicted, Map<String, String> truth) {
    return of(matches(predicted, truth));
  }

  /** The per-document matches of {@link #of(Map, Map)}, in ascending order of document id. */
  public static List<ShingleMatch> matches(
      Map<String, String> predicted, Map<String, String> truth) {
    List<ShingleMatch> matches = new ArrayList<>(truth.size());
    for (Map.Entry<String, String> e : new TreeMap<>(truth).entrySet()) {
      matches.add(ShingleMatch.of(predicted.get(e.getKey()), e.getValue()));
    }
    return matches;
  }

  /**
   * The spread of the score: documents are resampled with replacement {@code resamples} times, each
   * resample is scored, and the sample standard deviation of each figure is returned.
   *
   * <p>Deterministic for a given seed and document order.
   */
  public static Spread bootstrap(List<ShingleMatch> matches, int resamples, long seed) {
    if (resamples < 2) {
      throw new IllegalArgumentException("need at least 2 resamples, got " + resamples);
    }
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("no documents to score");
    }
    Random random = new Random(seed);
    double[][] figures = new double[4][resamples];
    List<ShingleMatch> sample = new ArrayList<>(matches.size());
    for (int r = 0; r < resamples; r++) {
      sample.clear();
      for (int i = 0; i < matches.size(); i++) {
        sample.add(matches.get(random.nextInt(matches.size())));
      }
      ExtractionScore score = of(sample);
      figures[0][r] = score.f1();
      figures[1][r] = score.precision();
      figures[2][r] = score.recall();
      figures[3][r] = score.accuracy();
    }
    return new Spread(
        standardDeviation(figures[0]),
        standardDeviation(figures[1]),
        standardDeviation(figures[2]),
        standardDeviation(figures[3]));
  }

  private static double standardDeviation(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  /** The figures in report order: f1, precision, recall, accuracy. */
  public Map<String, Double> figures() {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("f1", f1);
    figures.put("precision", precision);
    figures.put("recall", recall);
    figures.put("accuracy", accuracy);
    return Collections.unmodifiableMap(figures);
  }
}
