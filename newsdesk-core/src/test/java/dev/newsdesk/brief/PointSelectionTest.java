package dev.newsdesk.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdesk.Pipeline;
import dev.newsdesk.model.Brief;
import dev.newsdesk.model.BriefPoint;
import dev.newsdesk.model.ContentKind;
import dev.newsdesk.model.ItemMetadata;
import dev.newsdesk.model.RawDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    Pipeline pipeline = Pipeline.create();
    for (String name : List.of("dam-evacuation-channel", "dam-evacuation-paper")) {
      try (InputStream in =
          PointSelectionTest.class.getResourceAsStream("/brief/redundancy/" + name + ".txt")) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        pipeline.accept(
            new RawDocument(name + ".txt", ContentKind.TEXT_BODY, text, ItemMetadata.none()));
      }
    }
    List<Brief> briefs = pipeline.briefs();
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
