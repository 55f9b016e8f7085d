package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Annotators scored against each other (fixture {@code attribution-agreement}: one article read by
 * two annotators who agree on the captain's quote but draw the mayor's source and cue differently;
 * the other splits hold one reading each).
 */
class AttributionAgreementTest {
  private static final Path CORPUS = Fixtures.path("attribution-agreement");

  @Test
  void onlyArticlesOfSeveralAnnotatorsAreReadWithEveryReading() throws IOException {
    SortedMap<String, List<PolnearCorpus.Article>> train =
        PolnearCorpus.readMultiplyAnnotated(CORPUS, PolnearCorpus.Split.TRAIN);

    assertThat(train).containsOnlyKeys("ferry");
    assertThat(train.get("ferry"))
        .extracting(PolnearCorpus.Article::annotator)
        .containsExactly("a1", "a2");
    assertThat(PolnearCorpus.readMultiplyAnnotated(CORPUS, PolnearCorpus.Split.DEV)).isEmpty();
  }

  @Test
  void spansTheAnnotatorsDrawDifferentlyCountAgainstTheirAgreement() throws IOException {
    Scoreboard.Row row = StageEvaluations.attributionAgreement(CORPUS);

    // Sources and cues: one of two spans drawn alike ("the captain", "added"); contents: both.
    assertThat(row.figuresLine())
        .isEqualTo("source_f1=0.500 cue_f1=0.500 content_f1=1.000 content_overlap_f1=1.000");
    assertThat(row.split()).isEqualTo("1 article");
    assertThat(row.stage()).isEqualTo("attribution-agreement");
  }
}
