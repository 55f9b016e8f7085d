package dev.newsdesk.cli;

import dev.newsdesk.analyze.AttributionTrainingConfig;
import picocli.CommandLine.Option;

/**
 * How the attribution tagger is trained; the defaults are {@link
 * AttributionTrainingConfig#defaults()}.
 */
final class TrainingOptions {
  private static final AttributionTrainingConfig DEFAULTS = AttributionTrainingConfig.defaults();

  @Option(
      names = "--algorithm",
      paramLabel = "NAME",
      description = "MAXENT (GIS), MAXENT_QN (L-BFGS) or PERCEPTRON (default: MAXENT).")
  String algorithm = DEFAULTS.algorithm();

  @Option(names = "--iterations", paramLabel = "N", description = "Training passes (default: 100).")
  int iterations = DEFAULTS.iterations();

  @Option(
      names = "--cutoff",
      paramLabel = "N",
      description = "Drop features seen fewer times than this (default: 3).")
  int cutoff = DEFAULTS.cutoff();

  AttributionTrainingConfig config() {
    return DEFAULTS.with(algorithm, iterations, cutoff);
  }
}
