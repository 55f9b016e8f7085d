package dev.newsdesk.cluster;

import static dev.newsdesk.cluster.DatedFixtures.analyse;
import static dev.newsdesk.cluster.DatedFixtures.assign;
import static dev.newsdesk.cluster.DatedFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full-text signals of story assignment: days named in the lead, and the age of a story. */
class EventSignalsTest {
  private static List<AnalyzedArticle> debate;

  @BeforeAll
  static void analyseTheDebateReports() throws IOException {
    debate = read("mayoral-debate-two-angles.txt");
  }

  @Test
  void theDayALeadNamesIsAnEventDayOfTheArticle() {
    long tuesday = LocalDate.of(2031, 10, 14).toEpochDay();
    assertThat(EventDates.of(debate.get(0), 6)).containsExactly(tuesday);
    // Published on Friday, "their debate on Tuesday" is the same Tuesday.
    assertThat(EventDates.of(debate.get(1), 6)).containsExactly(tuesday);
  }

  @Test
  void aDayNamedOnlyAfterTheLeadOrFarFromPublicationIsNotAnEventDay() {
    AnalyzedArticle late =
        analyse(
            LocalDate.of(2031, 10, 17),
            "Council approves harbour works",
            "The council approved the harbour works after a long meeting.",
            "Engineers will start in spring. The contract was first signed on 3 March 2029.",
            "A resident said the storm on Tuesday had flooded the quay again.");
    assertThat(EventDates.of(late, 2)).isEmpty();
    assertThat(EventDates.of(late, 100)).hasSize(1);
    AnalyzedArticle undated =
        StoryStream.article("undated", null, "Harbour works", "Work starts on Tuesday.");
    assertThat(EventDates.of(undated, 6)).isEmpty();
  }

  @Test
  void twoAnglesOnOneDebateJoinWhenTheirLeadsNameTheSameDayAndNotOtherwise() {
    assertThat(sameStory(ClusterConfig.defaults(), debate)).isTrue();
    assertThat(
            sameStory(ClusterConfig.defaults().withoutEventKeys().withEventDays(6, 1.0, 4), debate))
        .isFalse();
    assertThat(
            sameStory(ClusterConfig.defaults().withoutEventKeys().withEventDays(0, 1.5, 4), debate))
        .isFalse();
  }

  @Test
  void aStoryThatKeepsDriftingDayAfterDayIsCutOnceItIsOlderThanAHappeningsSpan() {
    // Each day's report shares five of its six topic words with the day before's: a chain, not
    // one happening, after three weeks nothing of the first day's words is left.
    List<AnalyzedArticle> chain = new ArrayList<>();
    for (int day = 0; day < 21; day++) {
      StringBuilder text = new StringBuilder();
      for (int repeat = 0; repeat < 15; repeat++) {
        for (int w = day; w < day + 6; w++) {
          text.append(topicWord(w)).append(' ');
        }
      }
      chain.add(
          StoryStream.article(
              "chain" + day, LocalDate.of(2031, 3, 1).plusDays(day), null, text.toString()));
    }
    List<StoryId> unlimited =
        assign(ClusterConfig.defaults().withoutEventKeys().withEventDays(6, 1.5, 3650), chain);
    assertThat(unlimited).allMatch(unlimited.get(0)::equals);
    List<StoryId> limited = assign(ClusterConfig.defaults(), chain);
    assertThat(limited.get(20)).isNotEqualTo(limited.get(0));
    // Within the span nothing changes: the first days stay together.
    assertThat(limited.subList(0, 5)).allMatch(limited.get(0)::equals);
  }

  private static String topicWord(int i) {
    return "topic" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "word";
  }

  private static boolean sameStory(ClusterConfig config, List<AnalyzedArticle> articles) {
    List<StoryId> stories = assign(config, articles);
    return stories.get(0).equals(stories.get(1));
  }
}
