package dev.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.cluster.ClusterConfig;
import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.StoryId;
import dev.newsdesk.model.StoryMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A year of local news (72 events, 360 reports, twelve quiet windows) through a pipeline with an
 * archive, as the service runs it, and through one without, as a batch runs it.
 */
class RetiredStoriesTest {
  private static final EventStream STREAM = EventStream.generate(72, 11);

  /** An archive as a store would be: it keeps what it is given and answers for it. */
  private static final class Archive implements StoryArchive {
    final Map<StoryId, RetiredStory> retired = new LinkedHashMap<>();
    final Map<ArticleId, String> inputs = new HashMap<>();
    int handedTwice;

    @Override
    public void retire(RetiredStory story) {
      if (retired.put(story.id(), story) != null) {
        handedTwice++;
      }
      story.members().forEach(m -> inputs.put(m.id(), m.article().article().input()));
    }

    @Override
    public Optional<String> readAs(ArticleId article) {
      return Optional.ofNullable(inputs.get(article));
    }
  }

  private static final Archive ARCHIVE = new Archive();
  private static final Pipeline STREAMED = Pipeline.create(config -> config.archive(ARCHIVE));
  private static final Pipeline BATCH = Pipeline.create();
  private static final List<Placement> STREAMED_PLACEMENTS = new ArrayList<>();
  private static final List<Placement> BATCH_PLACEMENTS = new ArrayList<>();
  private static final List<Pipeline.Footprint> FOOTPRINTS = new ArrayList<>();

  @BeforeAll
  static void runTheYear() throws RejectedItemException {
    for (RawDocument item : STREAM.items()) {
      STREAMED_PLACEMENTS.add(STREAMED.accept(item));
      FOOTPRINTS.add(STREAMED.footprint());
      BATCH_PLACEMENTS.add(BATCH.accept(item));
    }
  }

  @Test
  void theStreamSpansManyQuietWindows() {
    int days = (STREAM.items().size() / EventStream.REPORTS) * EventStream.DAYS_BETWEEN_EVENTS;
    assertThat(days).isGreaterThan(10 * ClusterConfig.defaults().quietDays());
    assertThat(ARCHIVE.retired).hasSizeGreaterThan(50);
  }

  @Test
  void whatThePipelineHoldsIsBoundedByTheActiveWindowNotByTheStream() {
    // Events open every 5 days and go quiet 30 days after their last report (day 2): at most
    // seven events, 35 reports, are active at once, whatever the length of the stream.
    int window = 7 * EventStream.REPORTS;
    for (Pipeline.Footprint f : FOOTPRINTS) {
      assertThat(f.articles()).isLessThanOrEqualTo(window);
      assertThat(f.readIds()).isEqualTo(f.articles());
      assertThat(f.stories()).isLessThanOrEqualTo(7);
      assertThat(f.activeStories()).isLessThanOrEqualTo(7);
      assertThat(f.rewriteStories()).isLessThanOrEqualTo(f.activeStories());
      assertThat(f.copyEntries()).isLessThanOrEqualTo(window);
    }
    assertThat(BATCH.footprint().articles()).isEqualTo(STREAM.items().size());
  }

  @Test
  void everyArticleIsInExactlyOneRetiredOrActiveStoryAndNoStoryIsHandedOverTwice() {
    Set<ArticleId> seen = new HashSet<>();
    List<ArticleId> all = new ArrayList<>();
    for (RetiredStory story : ARCHIVE.retired.values()) {
      story.members().forEach(m -> all.add(m.id()));
    }
    for (Placement p : STREAMED_PLACEMENTS) {
      STREAMED.member(p).ifPresent(m -> all.add(m.id()));
    }
    all.forEach(seen::add);
    assertThat(ARCHIVE.handedTwice).isZero();
    assertThat(all).hasSameSizeAs(seen);
    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(
            STREAMED_PLACEMENTS.stream().map(Placement::article).toList());
  }

  @Test
  void placementsAreTheSameWithAndWithoutAnArchive() {
    for (int i = 0; i < STREAMED_PLACEMENTS.size(); i++) {
      Placement s = STREAMED_PLACEMENTS.get(i);
      Placement b = BATCH_PLACEMENTS.get(i);
      assertThat(s.story()).as(s.input()).isEqualTo(b.story());
      assertThat(s.duplicateOf()).as(s.input()).isEqualTo(b.duplicateOf());
    }
  }

  @Test
  void aBatchStillBriefsEveryStoryAndARetiredStoryBriefsAsTheBatchBriefsIt() {
    int active = STREAMED.footprint().stories();
    assertThat(BATCH.briefs()).hasSize(ARCHIVE.retired.size() + active);
    RetiredStory first = ARCHIVE.retired.values().iterator().next();
    Brief batch = BATCH.brief(first.id()).orElseThrow();
    Brief retired = STREAMED.brief(first);
    assertThat(retired.headline()).isEqualTo(batch.headline());
    assertThat(retired.lead()).isEqualTo(batch.lead());
    assertThat(retired.articles().stream().map(StoryMember::id).toList())
        .isEqualTo(batch.articles().stream().map(StoryMember::id).toList());
    assertThat(STREAMED.brief(first.id())).isEmpty();
  }

  @Test
  void anItemOfARetiredStoryReadAgainIsRefusedByWhatTheArchiveKnows() {
    RawDocument firstItem = STREAM.items().get(0);
    assertThatThrownBy(() -> STREAMED.accept(firstItem))
        .isInstanceOf(RejectedItemException.class)
        .hasMessageContaining("already read as " + firstItem.input());
  }

  @Test
  void aRetiredArticleReadAgainWithoutPlacingItHasTheAnalysisItWasPlacedWith()
      throws RejectedItemException {
    RetiredStory first = ARCHIVE.retired.values().iterator().next();
    StoryMember member = first.members().get(0);
    RawDocument item =
        STREAM.items().stream()
            .filter(i -> i.input().equals(member.article().article().input()))
            .findFirst()
            .orElseThrow();
    assertThat(STREAMED.reread(item, member.duplicateOf())).isEqualTo(member);
  }
}
