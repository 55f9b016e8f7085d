package dev.newsdesk.analyze;

import java.nio.file.Path;

/**
 * Settings of the analysis stage.
 *
 * @param attributionTagger a trained tagger that finds attributions instead of the rules ({@link
 *     AttributionFinder}); null (the default) for the rules. It is thread-safe and read-only, so
 *     every pipeline made with this config shares the one loaded model.
 */
public record AnalysisConfig(AttributionTagger attributionTagger) {
  public static AnalysisConfig defaults() {
    return new AnalysisConfig(null);
  }

  /**
   * Settings that find attributions with the model file written by {@code newsdesk train
   * attribution}, loaded here, once; null for the rules. Throws {@link AttributionModelException}
   * naming the file and the reason when it cannot be read.
   */
  public static AnalysisConfig withAttributionModel(Path modelFile) {
    return new AnalysisConfig(modelFile == null ? null : AttributionTagger.load(modelFile));
  }
}
