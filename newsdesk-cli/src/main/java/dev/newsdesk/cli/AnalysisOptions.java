package dev.newsdesk.cli;

import dev.newsdesk.analyze.AnalysisConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a command analyses articles: the rules, or a trained attribution tagger. One option shared by
 * {@code brief}, {@code serve} and {@code reindex}, so a data directory is reindexed with the model
 * it is served with.
 */
final class AnalysisOptions {
  @Option(
      names = "--attribution-model",
      paramLabel = "FILE",
      description =
          "Find attributions with this trained tagger (newsdesk train attribution) instead of the"
              + " rules.")
  Path attributionModel;

  /** The settings, with the model loaded; throws {@code AttributionModelException} naming it. */
  AnalysisConfig config() {
    return AnalysisConfig.withAttributionModel(attributionModel);
  }
}
