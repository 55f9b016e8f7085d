package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.FixtureStories;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one request, the second naming the parties by other names (as "Moscow asked
 * Ankara" restates "Russia asked Turkey"), written so that few of their words are shared.
 */
class PointSelectionTest {
  private static Brief story;

  @BeforeAll
  static void briefTheDamEvacuation() throws Exception {
    List<Brief> briefs =
        FixtureStories.briefs(
            "/brief/redundancy/", List.of("dam-evacuation-channel", "dam-evacuation-paper"));
    assertThat(briefs).hasSize(1);
    story = briefs.get(0);
  }

  @Test
  void bothReportsOfTheRequestAreOneClaim() {
    assertThat(story.claims())
        .filteredOn(c -> c.reportedBy().size() == 2)
        .singleElement()
        .satisfies(c -> assertThat(c.origin()).isEqualTo("Nordline channel"));
  }

  @Test
  void aSentenceCarryingAClaimTheLeadAlreadySaysIsNoKeyPoint() {
    assertThat(story.lead().text()).startsWith("Vostra has asked Kelda");
    assertThat(story.points()).extracting(BriefPoint::text).noneMatch(t -> t.contains("Tessin"));
    assertThat(story.points()).isNotEmpty();
  }
}
