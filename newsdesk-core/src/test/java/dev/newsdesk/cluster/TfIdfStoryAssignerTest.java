package dev.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.ArticleId;
import dev.newsdesk.model.StoryId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfStoryAssignerTest {
  private static final StoryStream STREAM = StoryStream.read("three-stories-over-two-months.tsv");

  private static List<StoryId> assignAll(TfIdfStoryAssigner assigner, List<AnalyzedArticle> in) {
    List<StoryId> stories = new ArrayList<>();
    for (AnalyzedArticle article : in) {
      stories.add(assigner.assign(article, null));
    }
    return stories;
  }

  @Test
  void reportsOfOneEventShareAStoryAndAnotherEventGetsItsOwn() {
    List<StoryId> stories =
        assignAll(new TfIdfStoryAssigner(ClusterConfig.defaults()), STREAM.articles());
    // Items 1-7 are within five days: two events, two stories.
    for (int i = 0; i < 7; i++) {
      for (int j = 0; j < 7; j++) {
        boolean sameEvent = STREAM.labels().get(i).equals(STREAM.labels().get(j));
        assertThat(stories.get(i).equals(stories.get(j)))
            .as("items %d and %d", i + 1, j + 1)
            .isEqualTo(sameEvent);
      }
    }
  }

  @Test
  void theSameStreamInTheSameOrderGivesTheSameStories() {
    assertThat(assignAll(new TfIdfStoryAssigner(ClusterConfig.defaults()), STREAM.articles()))
        .isEqualTo(assignAll(new TfIdfStoryAssigner(ClusterConfig.defaults()), STREAM.articles()));
  }

  @Test
  void aStoryQuietForLongerThanTheWindowLeavesTheActiveSetAndALateReportStartsAnew() {
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(ClusterConfig.defaults());
    List<StoryId> stories = assignAll(assigner, STREAM.articles());
    // The report two months later is about the ferry, but the ferry story went quiet in May.
    assertThat(stories.get(7)).isNotEqualTo(stories.get(0));
    assertThat(assigner.activeStories()).isEqualTo(1);
  }

  @Test
  void withAWindowLongEnoughTheLateReportJoinsItsStory() {
    ClusterConfig c = ClusterConfig.defaults();
    ClusterConfig longWindow = c.withoutEventKeys().withTimeWindow(1000.0, 90);
    List<StoryId> stories = assignAll(new TfIdfStoryAssigner(longWindow), STREAM.articles());
    assertThat(stories.get(7)).isEqualTo(stories.get(0));
  }

  @Test
  void aCopyJoinsTheStoryOfTheArticleItCopiesWhateverItsWords() {
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(ClusterConfig.defaults());
    List<StoryId> stories = assignAll(assigner, STREAM.articles().subList(0, 3));
    AnalyzedArticle unrelated =
        StoryStream.article("copy", LocalDate.of(2024, 5, 3), "Weather", "Sunny with light winds.");
    assertThat(assigner.assign(unrelated, STREAM.articles().get(2).id())).isEqualTo(stories.get(2));
  }

  @Test
  void theThresholdGoesFromHeadlineToSnippetToArticleValueWithLength() {
    ClusterConfig c = ClusterConfig.defaults();
    assertThat(c.threshold(c.headlineWords())).isEqualTo(c.headlineThreshold());
    assertThat(c.threshold(c.snippetWords())).isEqualTo(c.snippetThreshold());
    assertThat(c.threshold(c.fullArticleWords() + 100)).isEqualTo(c.articleThreshold());
    int middle = (c.snippetWords() + c.fullArticleWords()) / 2;
    assertThat(c.threshold(middle)).isStrictlyBetween(c.snippetThreshold(), c.articleThreshold());
  }

  @Test
  void aConfigWithASnippetLengthNotBelowTheArticleLengthIsRefusedWithTheReason() {
    ClusterConfig c = ClusterConfig.defaults();
    assertThatThrownBy(
            () ->
                new ClusterConfig(
                    0.2, 10, 0.1, 0.2, 80, 80, 0.7, 2, 1.5, 0.5, 40, 5000, 30, 300, 4, 30, 6, 1.5,
                    4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snippetWords");
    assertThat(c.snippetWords()).isLessThan(c.fullArticleWords());
  }

  @Test
  void aYearOfEventsKeepsTheIndexProportionalToTheActiveStoriesAndStillGroupsEachEvent() {
    // 20 events a day for a year, each reported 3 times on its day and twice the next, in its own
    // words plus a word every event uses: the member slots retire many times over.
    int perDay = 20;
    int days = 365;
    List<StoryId> retired = new ArrayList<>();
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(ClusterConfig.defaults(), retired::add);
    String[] shared = {"council", "police", "market", "weather", "school", "road"};
    Map<Integer, StoryId> storyOfEvent = new HashMap<>();
    int largest = 0;
    for (int day = 0; day < days; day++) {
      for (int r = 0; r < 5; r++) {
        int eventDay = r < 3 ? day : day - 1;
        for (int e = 0; e < perDay && eventDay >= 0; e++) {
          int event = eventDay * perDay + e;
          String own = word(event, 'a') + " " + word(event, 'b') + " " + word(event, 'c');
          AnalyzedArticle article =
              StoryStream.article(
                  "e" + event + "r" + r,
                  LocalDate.of(2024, 1, 1).plusDays(day),
                  own,
                  own + " " + shared[(event + r) % shared.length] + " " + own);
          StoryId story = assigner.assign(article, null);
          StoryId first = storyOfEvent.putIfAbsent(event, story);
          assertThat(story)
              .as("report %d of event %d", r, event)
              .isEqualTo(first == null ? story : first);
        }
      }
      largest = Math.max(largest, assigner.heldMembers());
    }
    int window = (ClusterConfig.defaults().quietDays() + 3) * perDay * 5;
    assertThat(new HashSet<>(storyOfEvent.values())).hasSize(storyOfEvent.size());
    assertThat(retired).hasSizeGreaterThan(300 * perDay);
    assertThat(largest).isLessThanOrEqualTo(2 * window);
    assertThat(assigner.activeStories()).isLessThanOrEqualTo(window / 5);
  }

  @Test
  void aStoryThatNeverGoesQuietKeepsOnlyItsLatestMembersInTheIndexAndStillTakesEveryReport() {
    // One dispute reported ten times a day for 500 days, each report in the dispute's words plus
    // two of its own: without a bound per story all 5,000 reports would stay indexed. The story's
    // age is not damped here (spanDays of a century): this is about the index, not about when a
    // long story should split into episodes.
    int cap = 16;
    ClusterConfig c = ClusterConfig.defaults();
    ClusterConfig ageless =
        c.withoutEventKeys().withEventDays(c.leadSentences(), c.sharedDateBoost(), 36_500);
    TfIdfStoryAssigner assigner = new TfIdfStoryAssigner(ageless, story -> {}, cap);
    String core = "harbour dockers strike union wage offer pickets";
    StoryId first = null;
    int largest = 0;
    for (int i = 0; i < 5_000; i++) {
      AnalyzedArticle article =
          StoryStream.article(
              "dispute" + i,
              LocalDate.of(2024, 1, 1).plusDays(i / 10),
              core,
              core + " " + word(i, 'd') + " " + word(i, 'e') + " " + core);
      StoryId story = assigner.assign(article, null);
      first = first == null ? story : first;
      assertThat(story).as("report %d", i).isEqualTo(first);
      largest = Math.max(largest, assigner.heldMembers());
    }
    assertThat(largest).isLessThanOrEqualTo(TfIdfStoryAssigner.MIN_RENUMBER);
    assertThat(assigner.activeStories()).isEqualTo(1);
    // A copy of a recent report joins by the copy; an unrelated report still starts its own story.
    AnalyzedArticle copy =
        StoryStream.article("copy", LocalDate.of(2025, 5, 15), "other words", "entirely other");
    assertThat(assigner.assign(copy, new ArticleId("a-dispute4999"))).isEqualTo(first);
    AnalyzedArticle other =
        StoryStream.article(
            "flood", LocalDate.of(2025, 5, 15), "river flood", "river flood levees villages");
    assertThat(assigner.assign(other, null)).isNotEqualTo(first);
  }

  /** A made-up word only this event uses (base-26 letters; "q" ends no English suffix). */
  private static String word(int event, char prefix) {
    StringBuilder w = new StringBuilder().append(prefix).append('x');
    for (int n = event; n > 0 || w.length() < 5; n /= 26) {
      w.append((char) ('a' + n % 26));
    }
    return w.append('q').toString();
  }
}
