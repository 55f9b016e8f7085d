package dev.newsdesk.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeBoilerplateTest {

  private static final String FIRST =
      "The ferry returned to Halvik on Tuesday after a fire broke out in its engine room.";
  private static final String LAST =
      "Inspectors from the maritime authority boarded the ferry in the afternoon.";

  @Test
  void theRepeatedTitleADatelineAndABareLinkAboveTheArticleAreDropped() {
    List<String> paragraphs =
        List.of(
            "https://news.example/2025/06/03/ferry-fire",
            "Ferry back in port after engine fire",
            "Posted on June 3, 2025 by Admin",
            FIRST,
            LAST);

    assertThat(EdgeBoilerplate.trim(paragraphs, "Ferry Back in Port after Engine Fire"))
        .containsExactly(FIRST, LAST);
  }

  @Test
  void commentAndShareLabelsBelowTheArticleAreDropped() {
    List<String> paragraphs =
        List.of(
            FIRST,
            LAST,
            "Follow us on Twitter and Facebook for more news from the islands",
            "Filed under: Ferries |",
            "Like this:",
            "Comments",
            "______________________________");

    assertThat(EdgeBoilerplate.trim(paragraphs, null)).containsExactly(FIRST, LAST);
  }

  @Test
  void theSameShapesInTheMiddleOfTheArticleStay() {
    List<String> paragraphs = List.of(FIRST, "Timeline", "June 3, 2025 09:40", LAST);

    assertThat(EdgeBoilerplate.trim(paragraphs, null)).isEqualTo(paragraphs);
  }

  @Test
  void aClosingSentenceAndADateBelowTheArticleStay() {
    List<String> paragraphs =
        List.of(FIRST, LAST, "The festival runs 29 November 2025 | 20 January 2026 and is free.");

    assertThat(EdgeBoilerplate.trim(paragraphs, null)).isEqualTo(paragraphs);
  }

  @Test
  void theOnlyParagraphIsNeverRemoved() {
    assertThat(EdgeBoilerplate.trim(List.of("Comments"), null)).containsExactly("Comments");
  }
}
