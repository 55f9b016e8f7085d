package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

  private static final List<ShingleMatch> THREE_DOCUMENTS =
      List.of(
          ShingleMatch.of("a b c d x", "a b c d e"), // P 0.5, R 0.5
          ShingleMatch.of("a b", "a b"), // P 1, R 1, exact
          ShingleMatch.of("", "a b c d e")); // no precision, R 0

  @Test
  void precisionAndRecallAreMacroAveragesOverTheDocumentsThatHaveThem() {
    ExtractionScore score = ExtractionScore.of(THREE_DOCUMENTS);

    assertThat(score.precision()).isCloseTo(0.75, within(1e-12));
    assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(score.documents()).isEqualTo(3);
  }

  @Test
  void f1ComesFromTheAveragedPrecisionAndRecallNotFromPerDocumentF1() {
    assertThat(ExtractionScore.of(THREE_DOCUMENTS).f1()).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void accuracyIsTheShareOfAllDocumentsWithIdenticalTokens() {
    assertThat(ExtractionScore.of(THREE_DOCUMENTS).accuracy()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void missingAndNullPredictionsCountAsEmptyAndExtraOnesAreIgnored() {
    Map<String, String> truth = Map.of("x", "a b c d e", "y", "a b c d");
    Map<String, String> predicted = new HashMap<>();
    predicted.put("x", null);
    predicted.put("z", "a b c d");

    ExtractionScore score = ExtractionScore.of(predicted, truth);

    assertThat(score.documents()).isEqualTo(2);
    assertThat(score.recall()).isZero();
    assertThat(score.precision()).isZero();
    assertThat(score.f1()).isZero();
  }

  @Test
  void figuresAreInReportOrder() {
    assertThat(ExtractionScore.of(THREE_DOCUMENTS).figures())
        .containsOnlyKeys("f1", "precision", "recall", "accuracy");
    assertThat(ExtractionScore.of(THREE_DOCUMENTS).figures().keySet())
        .containsExactly("f1", "precision", "recall", "accuracy");
  }

  @Test
  void bootstrapIsReproducibleForASeed() {
    ExtractionScore.Spread first = ExtractionScore.bootstrap(THREE_DOCUMENTS, 200, 42);
    ExtractionScore.Spread again = ExtractionScore.bootstrap(THREE_DOCUMENTS, 200, 42);

    assertThat(first).isEqualTo(again);
    assertThat(first.recall()).isPositive();
  }

  @Test
  void bootstrapOfIdenticalDocumentsHasNoSpread() {
    List<ShingleMatch> same = List.of(THREE_DOCUMENTS.get(0), THREE_DOCUMENTS.get(0));

    assertThat(ExtractionScore.bootstrap(same, 50, 7))
        .isEqualTo(new ExtractionScore.Spread(0, 0, 0, 0));
  }

  @Test
  void noDocumentsIsAnError() {
    assertThatThrownBy(() -> ExtractionScore.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
