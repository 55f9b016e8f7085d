package dev.newsdesk.cluster;

import static dev.newsdesk.cluster.DatedFixtures.analyse;
import static dev.newsdesk.cluster.DatedFixtures.assign;
import static dev.newsdesk.cluster.DatedFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event keys: a happening noun of the title or first sentences, paired with a day of the lead. */
class EventKeysTest {
  private static final long MONDAY = LocalDate.of(2031, 6, 2).toEpochDay();
  private static List<AnalyzedArticle> harbour;

  @BeforeAll
  static void analyseTheHarbourReports() throws IOException {
    harbour = read("harbour-hearing-angles.txt");
  }

  @Test
  void twoReportsOfOneHearingShareTheHearingsKeyAndTheStrikeDoesNot() {
    long[] first = EventKeys.of(harbour.get(0), EventDates.of(harbour.get(0), 6), 2);
    long[] second = EventKeys.of(harbour.get(1), EventDates.of(harbour.get(1), 6), 2);
    long[] strike = EventKeys.of(harbour.get(2), EventDates.of(harbour.get(2), 6), 2);
    assertThat(EventDates.of(harbour.get(2), 6)).contains(MONDAY);
    assertThat(EventDates.intersect(first, second)).isTrue();
    assertThat(EventDates.intersect(first, strike)).isFalse();
    assertThat(EventDates.intersect(second, strike)).isFalse();
  }

  @Test
  void aHappeningNounAfterTheFirstSentencesOrAnArticleWithoutLeadDaysGivesNoKey() {
    AnalyzedArticle late =
        analyse(
            LocalDate.of(2031, 6, 3),
            "Harbour berth costs rise again",
            "The container berth will cost a fifth more than planned, the port said on Monday.",
            "Steel prices have risen since the contract was signed.",
            "The overrun was raised at a hearing of the finance panel.");
    long[] days = EventDates.of(late, 6);
    assertThat(days).containsExactly(MONDAY);
    assertThat(EventKeys.of(late, days, 2)).isEmpty();
    assertThat(EventKeys.of(late, days, 3)).isNotEmpty();
    assertThat(EventKeys.of(harbour.get(0), EventDates.NONE, 2)).isEmpty();
  }

  @Test
  void theSharedKeyJoinsTwoAnglesOnOneHearingThatTheSharedDayAloneLeavesApart() {
    ClusterConfig withKeys = ClusterConfig.defaults();
    ClusterConfig daysOnly = withKeys.withEventKeys(0, 1.0, 0, 0, 1.0);
    List<AnalyzedArticle> hearing = harbour.subList(0, 2);
    assertThat(assign(withKeys, hearing).get(1)).isEqualTo(assign(withKeys, hearing).get(0));
    List<StoryId> apart = assign(daysOnly, hearing);
    assertThat(apart.get(1)).isNotEqualTo(apart.get(0));
  }

  @Test
  void aReportOfAnotherHappeningOnTheSameDayStaysApartWithKeysOn() {
    List<AnalyzedArticle> hearingThenStrike = List.of(harbour.get(0), harbour.get(2));
    List<StoryId> stories = assign(ClusterConfig.defaults(), hearingThenStrike);
    assertThat(stories.get(1)).isNotEqualTo(stories.get(0));
  }

  @Test
  void aReportThatNamesNoDayJoinsThroughTheHappeningInItsTitleOnlyWithPublicationKeys() {
    List<AnalyzedArticle> firstAndUndated = List.of(harbour.get(0), harbour.get(3));
    assertThat(EventDates.of(harbour.get(3), 6)).isEmpty();
    List<StoryId> joined = assign(ClusterConfig.defaults(), firstAndUndated);
    assertThat(joined.get(1)).isEqualTo(joined.get(0));
    List<StoryId> apart =
        assign(ClusterConfig.defaults().withEventKeys(2, 2.0, 1, 1, 1.0), firstAndUndated);
    assertThat(apart.get(1)).isNotEqualTo(apart.get(0));
  }

  @Test
  void publicationKeysMatchOnlyTheSameNounWithinTheDaysAllowed() {
    long[] hearingMonday = EventKeys.of(harbour.get(0), new long[] {MONDAY}, 2);
    long[] hearingTuesday = EventKeys.of(harbour.get(0), new long[] {MONDAY + 1}, 2);
    long[] hearingThursday = EventKeys.of(harbour.get(0), new long[] {MONDAY + 3}, 2);
    assertThat(hearingMonday).hasSize(1);
    assertThat(EventKeys.within(hearingMonday, hearingTuesday, 1)).isTrue();
    assertThat(EventKeys.within(hearingMonday, hearingTuesday, 0)).isFalse();
    assertThat(EventKeys.within(hearingMonday, hearingThursday, 1)).isFalse();
    long[] strikeTuesday = EventKeys.of(harbour.get(2), new long[] {MONDAY + 1}, 2);
    assertThat(strikeTuesday).isEmpty();
    long[] debateMonday =
        EventKeys.of(
            analyse(LocalDate.of(2031, 6, 2), "Mayoral debate tonight", "Two candidates meet."),
            new long[] {MONDAY},
            1);
    assertThat(EventKeys.within(debateMonday, hearingTuesday, 1)).isFalse();
  }

  @Test
  void aBoostBelowOneIsRefusedWithTheReason() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ClusterConfig.defaults().withEventKeys(2, 0.5, 1, 1, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eventKeyBoost");
  }
}
