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
      names = "--epochs",
      paramLabel = "N",
      description = "Passes over the training texts (default: 5).")
  int epochs = DEFAULTS.epochs();

  @Option(
      names = "--learning-rate",
      paramLabel = "RATE",
      description = "AdaGrad's initial learning rate (default: 0.1).")
  double learningRate = DEFAULTS.learningRate();

  @Option(
      names = "--cutoff",
      paramLabel = "N",
      description = "Drop features seen fewer times than this (default: 3).")
  int cutoff = DEFAULTS.cutoff();

  AttributionTrainingConfig config() {
    return DEFAULTS.with(epochs, learningRate, cutoff);
  }
}
