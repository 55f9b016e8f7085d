package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateScoreTest {

  @Test
  void datesAreComparedAsSets() {
    DateScore score =
        DateScore.of(
            List.of(day(1), day(2), day(3), day(3)), List.of(day(2), day(3), day(4), day(5)));

    assertThat(score).isEqualTo(new DateScore(3, 4, 2));
    assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(score.f1()).isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void anEmptyTimelineScoresZero() {
    DateScore score = DateScore.of(List.of(), List.of(day(1)));

    assertThat(score.precision()).isZero();
    assertThat(score.recall()).isZero();
    assertThat(score.f1()).isZero();
  }

  @Test
  void theSameDatesScoreOne() {
    assertThat(DateScore.of(List.of(day(1), day(9)), List.of(day(9), day(1))).f1()).isEqualTo(1.0);
  }

  @Test
  void figuresAreDatePrecisionRecallAndF1() {
    assertThat(DateScore.of(List.of(day(1)), List.of(day(1))).figures())
        .containsExactly(
            Map.entry("date_p", 1.0), Map.entry("date_r", 1.0), Map.entry("date_f1", 1.0));
  }

  private static LocalDate day(int dayOfMonth) {
    return LocalDate.of(2011, 1, dayOfMonth);
  }
}
