package dev.newsdesk.cluster;

import static dev.newsdesk.cluster.DatedFixtures.analyse;
import static dev.newsdesk.cluster.DatedFixtures.assign;
import static dev.newsdesk.cluster.DatedFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdesk.model.AnalyzedArticle;
import dev.newsdesk.model.StoryId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Named happenings: a proper-named happening of the lead, kept by a story across its days. */
class NamedHappeningsTest {
  private static List<AnalyzedArticle> summit;

  @BeforeAll
  static void analyseTheSummitReports() throws IOException {
    // Three days of the Northern Ports Summit, another summit, and a report ten days later.
    summit = read("ports-summit-three-days.txt");
  }

  private static List<Long> ids(String text) {
    List<Long> ids = new ArrayList<>();
    NamedHappenings.named(text, ids);
    return ids;
  }

  @Test
  void theSameProperNameGivesTheSameIdWhateverComesBeforeIt() {
    List<Long> opened = ids("The Northern Ports Summit opened in Kelmouth on Monday.");
    assertThat(opened).hasSize(1);
    assertThat(ids("Delegates at the Northern Ports Summit quarrelled.")).isEqualTo(opened);
    assertThat(ids("Farmers met at the Southern Farms Summit.")).hasSize(1).isNotEqualTo(opened);
  }

  @Test
  void aLowerCaseHappeningOrOneWithoutAQualifierNamesNothing() {
    assertThat(ids("The ports summit opened in Kelmouth on Monday.")).isEmpty();
    assertThat(ids("Voters turned out for the Northern primary on Tuesday.")).isEmpty();
    assertThat(ids("Summit talks opened on Monday.")).isEmpty();
    assertThat(ids("Mayors arrived At The Summit.")).isEmpty();
    assertThat(ids("The mayor Debated the budget.")).isEmpty();
  }

  @Test
  void threeDaysOfOneSummitFormOneStoryOnlyWithNamedHappenings() {
    List<AnalyzedArticle> threeDays = summit.subList(0, 3);
    List<StoryId> named = assign(ClusterConfig.defaults(), threeDays);
    assertThat(named).containsOnly(named.get(0));
    List<StoryId> without = assign(ClusterConfig.defaults().withNamedKeys(0, 0, 0, 1.0), threeDays);
    assertThat(without.get(2)).isNotEqualTo(without.get(0));
  }

  @Test
  void anotherNamedSummitOnTheSameDaysStaysApart() {
    List<AnalyzedArticle> stream = List.of(summit.get(0), summit.get(1), summit.get(3));
    List<StoryId> stories = assign(ClusterConfig.defaults(), stream);
    assertThat(stories.get(2)).isNotIn(stories.get(0), stories.get(1));
  }

  @Test
  void theNameBoostsAStoryOnlyWithinTheSpanOfItsFirstArticle() {
    ClusterConfig config = ClusterConfig.defaults();
    EventKeys.Signals first = EventKeys.of(summit.get(0), config);
    EventKeys.Signals second = EventKeys.of(summit.get(1), config);
    assertThat(second.named()).isNotEmpty();
    assertThat(EventKeys.boost(second, first, config, config.namedKeySpan()))
        .isEqualTo(config.namedKeyBoost());
    assertThat(EventKeys.boost(second, first, config, config.namedKeySpan() + 1))
        .isLessThan(config.namedKeyBoost());
  }

  @Test
  void aReportTenDaysLaterIsNotJoinedByTheName() {
    List<AnalyzedArticle> stream = new ArrayList<>(summit.subList(0, 3));
    stream.add(summit.get(4));
    List<StoryId> stories = assign(ClusterConfig.defaults(), stream);
    assertThat(stories.get(3)).isNotEqualTo(stories.get(0));
  }

  @Test
  void keysCarryThePublicationDayAndOnlyTheLeadSentencesCount() {
    AnalyzedArticle late =
        analyse(
            LocalDate.of(2031, 6, 3),
            "Ferry timetable changes",
            "Ferries will leave Kelmouth an hour earlier from next week.",
            "The operator blamed a shortage of crews.",
            "Extra sailings ran during the Northern Ports Summit.");
    long day = late.article().published().toEpochDay();
    assertThat(NamedHappenings.keys(late, 2, day)).isEmpty();
    long[] third = NamedHappenings.keys(late, 3, day);
    assertThat(third).hasSize(1);
    assertThat(third[0] % EventKeys.DAY_RANGE).isEqualTo(day);
    assertThat(NamedHappenings.keys(late, 0, day)).isEmpty();
  }

  @Test
  void aNegativeSpanIsRefusedWithTheReason() {
    assertThatThrownBy(() -> ClusterConfig.defaults().withNamedKeys(2, 2, -1, 4.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("namedKeySpan");
  }
}
