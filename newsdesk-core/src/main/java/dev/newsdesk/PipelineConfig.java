package dev.newsdesk;

import dev.newsdesk.analyze.AnalysisConfig;
import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.cluster.TextEmbedder;
import dev.newsdesk.dedup.DedupConfig;
import dev.newsdesk.extract.html.HtmlExtractionConfig;

/** Settings of every stage, each a typed record with its own defaults. */
public record PipelineConfig(
    HtmlExtractionConfig html, DedupConfig dedup, ClusterConfig cluster, AnalysisConfig analysis) {
  public static PipelineConfig defaults() {
    return new PipelineConfig(
        HtmlExtractionConfig.defaults(),
        DedupConfig.defaults(),
        ClusterConfig.defaults(),
        AnalysisConfig.defaults());
  }

  /** The settings before analysis had any: analysis keeps its defaults. */
  public PipelineConfig(HtmlExtractionConfig html, DedupConfig dedup, ClusterConfig cluster) {
    this(html, dedup, cluster, AnalysisConfig.defaults());
  }

  /** Mutable only while {@link Pipeline#create} runs its configurer. */
  public static final class Builder {
    private HtmlExtractionConfig html = HtmlExtractionConfig.defaults();
    private DedupConfig dedup = DedupConfig.defaults();
    private ClusterConfig cluster = ClusterConfig.defaults();
    private AnalysisConfig analysis = AnalysisConfig.defaults();
    private StoryArchive archive;
    private TextEmbedder embedder;

    public Builder html(HtmlExtractionConfig value) {
      this.html = value;
      return this;
    }

    public Builder dedup(DedupConfig value) {
      this.dedup = value;
      return this;
    }

    public Builder cluster(ClusterConfig value) {
      this.cluster = value;
      return this;
    }

    /** Analysis settings, such as a trained attribution model ({@link AnalysisConfig}). */
    public Builder analysis(AnalysisConfig value) {
      this.analysis = value;
      return this;
    }

    /**
     * Keep only the active stories in memory and hand each retired one to this archive (a service,
     * whose store keeps everything). Without an archive every story stays in memory until the
     * pipeline is dropped (a batch, which briefs them all at the end).
     */
    public Builder archive(StoryArchive value) {
      this.archive = value;
      return this;
    }

    StoryArchive archive() {
      return archive;
    }

    /**
     * Dense vectors for story assignment (e.g. {@code newsdesk-embeddings}' MiniLM model): used
     * only when {@link ClusterConfig#denseWeight()} is above 0. A plug-in, not a setting, so it is
     * not part of the config record.
     */
    public Builder embedder(TextEmbedder value) {
      this.embedder = value;
      return this;
    }

    TextEmbedder embedder() {
      return embedder;
    }

    PipelineConfig build() {
      return new PipelineConfig(html, dedup, cluster, analysis);
    }
  }
}
