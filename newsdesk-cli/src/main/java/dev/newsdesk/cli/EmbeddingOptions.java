package dev.newsdesk.cli;

import dev.newsdesk.PipelineConfig;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TextEmbedder;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The optional dense term of story assignment ({@code help/embeddings.md}): off unless {@code
 * --embeddings} is given, because the model costs several times the CPU of everything else per
 * short item and is loaded on start. Weight and neutral cosine default to the values tuned on the
 * first half of GoogleNews (titles and title+snippet alike); the term applies to items under {@link
 * ClusterConfig#denseMaxWords()} content words only (headlines and snippets), because on full
 * articles it was measured not to help.
 */
final class EmbeddingOptions {
  @Option(
      names = "--embeddings",
      description =
          "Add the cosine of MiniLM sentence vectors (in-process, no network) to story"
              + " assignment's score; measured to help headlines and snippets (help/embeddings.md).")
  boolean on;

  @Option(
      names = "--dense-weight",
      paramLabel = "W",
      defaultValue = "0.6",
      description = "With --embeddings: the dense term's weight (default: ${DEFAULT-VALUE}).")
  double weight;

  @Option(
      names = "--dense-neutral",
      paramLabel = "C",
      defaultValue = "0.3",
      description =
          "With --embeddings: the dense cosine that neither raises nor lowers a score"
              + " (default: ${DEFAULT-VALUE}).")
  double neutral;

  /** The pipeline's set-up: nothing when off; else the model and the weighted dense term. */
  Consumer<PipelineConfig.Builder> configurer() {
    if (!on) {
      return config -> {};
    }
    TextEmbedder embedder = embedder();
    ClusterConfig cluster = ClusterConfig.defaults().withDense(weight, neutral);
    return config -> config.embedder(embedder).cluster(cluster);
  }

  /**
   * The first {@link TextEmbedder} service on the class path ({@code newsdesk-embeddings} registers
   * its MiniLM model as one).
   *
   * @throws IllegalStateException if no module provides one, naming the option and the module
   */
  static TextEmbedder embedder() {
    return ServiceLoader.load(TextEmbedder.class)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "--embeddings: no text embedder on the class path; this build lacks the"
                        + " newsdesk-embeddings module"));
  }
}
