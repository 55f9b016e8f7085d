package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.newsdesk.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanScoreTest {

  private static final List<LabeledSpan> GOLD =
      List.of(LabeledSpan.of("Source", 0, 5), LabeledSpan.of("Source", 10, 20));
  private static final List<LabeledSpan> PREDICTED =
      List.of(
          LabeledSpan.of("Source", 0, 5),
          LabeledSpan.of("Source", 12, 15),
          LabeledSpan.of("Source", 30, 35));

  @Test
  void exactMatchNeedsTheSameStartAndEnd() {
    SpanScore source = SpanScore.byLabel(PREDICTED, GOLD).get("Source");

    assertThat(source.exact()).isEqualTo(new PrecisionRecall(3, 1, 2, 1));
    assertThat(source.exact().precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(source.exact().recall()).isCloseTo(0.5, within(1e-12));
    assertThat(source.exact().f1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void overlapMatchNeedsOneSharedCharacterEachWay() {
    SpanScore source = SpanScore.byLabel(PREDICTED, GOLD).get("Source");

    assertThat(source.overlap()).isEqualTo(new PrecisionRecall(3, 2, 2, 2));
    assertThat(source.overlap().precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(source.overlap().recall()).isEqualTo(1.0);
    assertThat(source.overlap().f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    SpanScore score = SpanScore.of("Cue", List.of(new Span(5, 8)), List.of(new Span(0, 5)));

    assertThat(score.overlap().matchedPredicted()).isZero();
  }

  @Test
  void spansOnlyMatchSpansOfTheirOwnLabelAndEveryLabelSeenIsReported() {
    Map<String, SpanScore> scores = SpanScore.byLabel(List.of(LabeledSpan.of("Cue", 0, 5)), GOLD);

    assertThat(scores.keySet()).containsExactly("Cue", "Source");
    assertThat(scores.get("Cue").exact()).isEqualTo(new PrecisionRecall(1, 0, 0, 0));
    assertThat(scores.get("Source").overlap()).isEqualTo(new PrecisionRecall(0, 0, 2, 0));
  }

  @Test
  void nothingToDivideByGivesZero() {
    SpanScore empty = SpanScore.of("Content", List.of(), List.of());

    assertThat(empty.exact().precision()).isZero();
    assertThat(empty.exact().recall()).isZero();
    assertThat(empty.exact().f1()).isZero();
  }

  @Test
  void scoresOfSeveralDocumentsAddUpTheirCounts() {
    Map<String, SpanScore> first = SpanScore.byLabel(PREDICTED, GOLD);
    Map<String, SpanScore> second =
        SpanScore.byLabel(
            List.of(LabeledSpan.of("Cue", 1, 2)), List.of(LabeledSpan.of("Cue", 1, 2)));

    Map<String, SpanScore> total = SpanScore.sum(SpanScore.sum(first, second), first);

    assertThat(total.get("Source").exact()).isEqualTo(new PrecisionRecall(6, 2, 4, 2));
    assertThat(total.get("Cue").exact()).isEqualTo(new PrecisionRecall(1, 1, 1, 1));
  }

  @Test
  void scoresOfDifferentLabelsCannotBeAdded() {
    SpanScore cue = SpanScore.of("Cue", List.of(), List.of());
    SpanScore source = SpanScore.of("Source", List.of(), List.of());

    assertThatThrownBy(() -> cue.plus(source)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figuresListExactThenOverlap() {
    assertThat(SpanScore.byLabel(PREDICTED, GOLD).get("Source").figures().keySet())
        .containsExactly("exact_p", "exact_r", "exact_f1", "overlap_p", "overlap_r", "overlap_f1");
  }
}
