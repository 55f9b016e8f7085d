package dev.newsdesk.analyze;

import java.util.Set;

/**
 * How the {@link AttributionTagger} is trained.
 *
 * @param algorithm OpenNLP's trainer: {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS with L2) or
 *     {@code PERCEPTRON}
 * @param iterations training passes
 * @param cutoff features seen fewer times than this are dropped
 * @param beamSize label sequences kept while decoding
 * @param threads training threads (GIS and L-BFGS)
 * @param sourceWeight how much more likely than the model says a source begins, when decoding
 * @param cueWeight the same for a cue
 * @param contentWeight the same for a content
 */
public record AttributionTrainingConfig(
    String algorithm,
    int iterations,
    int cutoff,
    int beamSize,
    int threads,
    double sourceWeight,
    double cueWeight,
    double contentWeight) {
  private static final Set<String> ALGORITHMS = Set.of("MAXENT", "MAXENT_QN", "PERCEPTRON");

  public AttributionTrainingConfig {
    if (!ALGORITHMS.contains(algorithm)) {
      throw new IllegalArgumentException("algorithm " + algorithm + " is not one of " + ALGORITHMS);
    }
    if (iterations < 1 || cutoff < 0 || beamSize < 1 || threads < 1) {
      throw new IllegalArgumentException(
          "iterations, beam size and threads must be positive, cutoff not negative");
    }
    // Checked here too, so a bad setting fails before training rather than after.
    new AttributionTagger.LabelWeights(sourceWeight, cueWeight, contentWeight);
  }

  /**
   * GIS, 100 passes, cutoff 3, beam 5, 2 threads, begin labels weighted ×2: tuned on PolNeAR dev
   * (40 passes gave 0.005 less exact F1; weights ×1.5 to ×3 within ±0.004; beam 5 against 3: cue
   * +0.004, the rest within ±0.002, beam 10 no better).
   */
  public static AttributionTrainingConfig defaults() {
    return new AttributionTrainingConfig("MAXENT", 100, 3, 5, 2, 2, 2, 2);
  }

  /** These settings with other training passes, cutoff and algorithm. */
  public AttributionTrainingConfig with(String algorithmName, int passes, int minCount) {
    return new AttributionTrainingConfig(
        algorithmName, passes, minCount, beamSize, threads, sourceWeight, cueWeight, contentWeight);
  }
}
