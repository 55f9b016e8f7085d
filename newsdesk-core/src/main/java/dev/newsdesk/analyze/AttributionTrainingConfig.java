package dev.newsdesk.analyze;

/**
 * How the {@link AttributionTagger} is trained.
 *
 * @param epochs passes over the training texts
 * @param learningRate AdaGrad's initial learning rate
 * @param cutoff features seen fewer times than this in the training texts are dropped
 * @param seed the order in which the texts are visited (training is deterministic for a seed)
 */
public record AttributionTrainingConfig(int epochs, double learningRate, int cutoff, long seed) {
  public AttributionTrainingConfig {
    if (epochs < 1 || cutoff < 0) {
      throw new IllegalArgumentException(
          "epochs must be positive and cutoff not negative, were " + epochs + " and " + cutoff);
    }
    if (!(learningRate > 0 && learningRate <= 10)) {
      throw new IllegalArgumentException("learning rate " + learningRate + " is not in (0, 10]");
    }
  }

  /**
   * 5 epochs, rate 0.1, cutoff 3, seed 1: tuned on PolNeAR dev (see help/analysis.md for the runs).
   */
  public static AttributionTrainingConfig defaults() {
    return new AttributionTrainingConfig(5, 0.1, 3, 1);
  }

  /** These settings with other epochs, learning rate and cutoff. */
  public AttributionTrainingConfig with(int epochs, double learningRate, int cutoff) {
    return new AttributionTrainingConfig(epochs, learningRate, cutoff, seed);
  }
}
