package dev.newsdesk;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.brief.Briefer;
import dev.newsdesk.cluster.StoryAssigner;
import dev.newsdesk.cluster.TfIdfStoryAssigner;
import dev.newsdesk.dedup.CopyGroups;
import dev.newsdesk.dedup.DuplicateVerdict;
import dev.newsdesk.dedup.MinHashDeduplicator;
import dev.newsdesk.dedup.RewriteDetector;
import dev.newsdesk.extract.ArticleExtractor;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.model.StoryMember;
import dev.newsdesk.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine, wired as the data flows. Per item, as it arrives:
 *
 * <pre>
 *   RawDocument -> extract -> analyse -> dedup -> assign to a story (-> rewrite check) -> kept
 * </pre>
 *
 * Per story, when asked: claims and provenance, timeline, brief. A batch is this stream replayed.
 * Not thread-safe: one pipeline owns one stream's state (the dedup index, the story centroids).
 */
public final class Pipeline {
  private final ArticleExtractor extractor;
  private final Analyzer analyzer = new Analyzer();
  private final MinHashDeduplicator deduplicator;
  private final RewriteDetector rewrites;
  private final StoryAssigner stories;
  private final Briefer briefer;
  private final Map<StoryId, List<StoryMember>> members = new LinkedHashMap<>();
  private final Map<ArticleId, String> inputs = new HashMap<>();

  private Pipeline(PipelineConfig config) {
    this.extractor = new ArticleExtractor(config.html());
    this.deduplicator = new MinHashDeduplicator(config.dedup());
    this.rewrites = new RewriteDetector(config.dedup());
    this.stories = new TfIdfStoryAssigner(config.cluster());
    this.briefer = new Briefer(new TimelineBuilder(analyzer.dates()));
  }

  /** The front door: {@code Pipeline.create(config -> config.cluster(...))}. */
  public static Pipeline create(Consumer<PipelineConfig.Builder> configurer) {
    PipelineConfig.Builder builder = new PipelineConfig.Builder();
    configurer.accept(builder);
    return new Pipeline(builder.build());
  }

  public static Pipeline create() {
    return create(config -> {});
  }

  /** Takes one item through every per-article stage. */
  public Placement accept(RawDocument doc) throws RejectedItemException {
    return place(doc, prepare(doc));
  }

  /**
   * The first half of {@link #accept}: extraction and analysis, which read no stream state. A
   * service prepares items on pipelines of their own, several at once, and places them one at a
   * time on the pipeline that holds the stream; the result is the same as {@code accept}
   * (extraction and analysis are deterministic).
   */
  public AnalyzedArticle prepare(RawDocument doc) throws RejectedItemException {
    return analyzer.analyze(extractor.extract(doc));
  }

  /** The second half of {@link #accept}: dedup and story assignment of a prepared item. */
  public Placement place(RawDocument doc, AnalyzedArticle analyzed) throws RejectedItemException {
    if (inputs.containsKey(analyzed.id())) {
      throw new RejectedItemException(
          "the same item was already read as " + inputs.get(analyzed.id()));
    }
    DuplicateVerdict verdict = deduplicator.observe(analyzed);
    StoryId story = stories.assign(analyzed, verdict.original());
    List<StoryMember> storyMembers = members.computeIfAbsent(story, s -> new ArrayList<>());
    if (!verdict.isCopy()) {
      verdict = rewrites.check(analyzed, story).verdict();
    }
    storyMembers.add(new StoryMember(analyzed, verdict.original()));
    inputs.put(analyzed.id(), doc.input());
    return new Placement(
        doc.input(),
        analyzed.id(),
        story,
        verdict.original(),
        verdict.isCopy() ? inputs.get(verdict.original()) : null);
  }

  /**
   * The brief of every story so far, the stories with most articles first. In a brief, a copy
   * points at the earliest-published article it copies ({@link CopyGroups}).
   */
  public List<Brief> briefs() {
    return members.entrySet().stream()
        .sorted(
            Comparator.comparingInt(
                    (Map.Entry<StoryId, List<StoryMember>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey))
        .map(e -> briefer.write(e.getKey(), CopyGroups.rootAtEarliest(e.getValue())))
        .toList();
  }

  /** The brief of one story as it stands, or empty for an unknown story. */
  public Optional<Brief> brief(StoryId story) {
    List<StoryMember> storyMembers = members.get(story);
    return storyMembers == null
        ? Optional.empty()
        : Optional.of(briefer.write(story, CopyGroups.rootAtEarliest(storyMembers)));
  }

  /** One placed article as analysed, for a service that stores and indexes it. */
  public Optional<StoryMember> member(Placement placement) {
    return members.getOrDefault(placement.story(), List.of()).stream()
        .filter(m -> m.id().equals(placement.article()))
        .findFirst();
  }
}
