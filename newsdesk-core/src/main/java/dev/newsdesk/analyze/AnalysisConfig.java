package dev.newsdesk.analyze;

import java.nio.file.Path;

/**
 * Settings of the analysis stage.
 *
 * @param attributionModel a model file written by {@code newsdesk train attribution}: attributions
 *     are then found by that {@link AttributionTagger}; null (the default) for the rules ({@link
 *     AttributionFinder})
 */
public record AnalysisConfig(Path attributionModel) {
  public static AnalysisConfig defaults() {
    return new AnalysisConfig(null);
  }
}
