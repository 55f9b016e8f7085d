package dev.newsdesk;

import dev.newsdesk.analyze.Analyzer;
import dev.newsdesk.brief.Briefer;
import dev.newsdesk.cluster.TextEmbedder;
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
 *
 * <p>Design decision: what stays in memory is set by the caller, because a batch and a service need
 * different things. Every stage keeps only its window (the copy index a few weeks of publication
 * dates, the story index and the rewrite index the active stories), whatever the caller. The
 * members of a story (each article's full analysis, which a brief needs) are kept until the
 * pipeline is dropped when no {@link StoryArchive} is given: a batch briefs every story at the end,
 * and its input is in memory anyway. With an archive (the service, whose store keeps every item and
 * every saved brief), a story that retires (quiet for {@link
 * dev.newsdesk.cluster.ClusterConfig#quietDays()}) is handed to the archive, which may brief it
 * then, and its members and their ids leave memory: the pipeline's memory is bounded by the active
 * window, not by the stream. The "already read" check then covers the active stories' articles and
 * asks the archive about the rest ({@link StoryArchive#readAs}). Stories and copies are the same
 * with and without an archive (deterministic for the same input order); only {@link
 * Placement#duplicateOfInput()} is null, with an archive, for an original whose story has retired.
 */
public final class Pipeline {
  private final ArticleExtractor extractor;
  private final Analyzer analyzer;
  private final MinHashDeduplicator deduplicator;
  private final RewriteDetector rewrites;
  private final TfIdfStoryAssigner stories;
  private final Briefer briefer;
  private final StoryArchive archive;
  private final Map<StoryId, List<StoryMember>> members = new LinkedHashMap<>();
  private final Map<ArticleId, String> inputs = new HashMap<>();
  private final List<StoryId> retiring = new ArrayList<>();

  private Pipeline(PipelineConfig config, StoryArchive archive, TextEmbedder embedder) {
    this.extractor = new ArticleExtractor(config.html());
    this.analyzer = new Analyzer(config.analysis());
    this.deduplicator = new MinHashDeduplicator(config.dedup());
    this.rewrites = new RewriteDetector(config.dedup());
    this.stories = new TfIdfStoryAssigner(config.cluster(), retiring::add, embedder);
    this.briefer = new Briefer(new TimelineBuilder(analyzer.dates()));
    this.archive = archive;
  }

  /** The front door: {@code Pipeline.create(config -> config.cluster(...))}. */
  public static Pipeline create(Consumer<PipelineConfig.Builder> configurer) {
    PipelineConfig.Builder builder = new PipelineConfig.Builder();
    configurer.accept(builder);
    return new Pipeline(builder.build(), builder.archive(), builder.embedder());
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
    String readAs = inputs.get(analyzed.id());
    if (readAs == null && archive != null) {
      readAs = archive.readAs(analyzed.id()).orElse(null);
    }
    if (readAs != null) {
      throw new RejectedItemException("the same item was already read as " + readAs);
    }
    DuplicateVerdict verdict = deduplicator.observe(analyzed);
    StoryId story = stories.assign(analyzed, verdict.original());
    retire();
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
   * Lets go of the stories the assigner has just retired: always their rewrite index; with an
   * archive also their members, after handing them over. Stories are handed over in the order they
   * started.
   */
  private void retire() {
    for (StoryId id : retiring) {
      rewrites.forget(id);
      if (archive != null) {
        List<StoryMember> gone = members.remove(id);
        if (gone != null) {
          gone.forEach(m -> inputs.remove(m.id()));
          archive.retire(new RetiredStory(id, gone));
        }
      }
    }
    retiring.clear();
  }

  /**
   * What the stream state holds, stage by stage, for memory reporting and tests: each count is
   * bounded by the active window when an archive is given.
   *
   * @param stories stories whose members are in memory
   * @param articles articles whose analyses are in memory
   * @param readIds article ids the "already read" check holds
   * @param activeStories stories in the assigner's active set
   * @param assignerMembers the assigner's member slots
   * @param copyEntries articles in the copy index
   * @param rewriteStories stories in the rewrite index
   */
  public record Footprint(
      int stories,
      int articles,
      int readIds,
      int activeStories,
      int assignerMembers,
      int copyEntries,
      int rewriteStories) {}

  public Footprint footprint() {
    return new Footprint(
        members.size(),
        members.values().stream().mapToInt(List::size).sum(),
        inputs.size(),
        stories.activeStories(),
        stories.heldMembers(),
        deduplicator.heldEntries(),
        rewrites.heldStories());
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

  /**
   * The members of an active story as they stand (a copy), or empty for a story not held: with
   * {@link #brief(StoryId, List)} a service briefs a story on another pipeline, without holding up
   * the one that keeps the stream.
   */
  public Optional<List<StoryMember>> members(StoryId story) {
    List<StoryMember> storyMembers = members.get(story);
    return storyMembers == null ? Optional.empty() : Optional.of(List.copyOf(storyMembers));
  }

  /**
   * The brief of a story made of these members, as {@link #brief(StoryId)} writes it. Reads no
   * stream state: the members may come from another pipeline's {@link #members(StoryId)}.
   */
  public Brief brief(StoryId story, List<StoryMember> storyMembers) {
    return briefer.write(story, CopyGroups.rootAtEarliest(storyMembers));
  }

  /** The brief of a story handed to the archive as it retired. */
  public Brief brief(RetiredStory story) {
    return briefer.write(story.id(), CopyGroups.rootAtEarliest(story.members()));
  }

  /**
   * One placed article as analysed, for a service that stores and indexes it; empty once its story
   * has retired into the archive (see {@link #reread}).
   */
  public Optional<StoryMember> member(Placement placement) {
    return members.getOrDefault(placement.story(), List.of()).stream()
        .filter(m -> m.id().equals(placement.article()))
        .findFirst();
  }

  /**
   * An item placed before, analysed again without touching the stream state: for a service that
   * shows or re-indexes an article whose story has retired. Extraction and analysis are
   * deterministic, so this is the analysis it was placed with.
   *
   * @param duplicateOf the article it copies, as placed, or null
   */
  public StoryMember reread(RawDocument doc, ArticleId duplicateOf) throws RejectedItemException {
    return new StoryMember(analyzer.analyze(extractor.extract(doc)), duplicateOf);
  }
}
