package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

  private static final Scoreboard BOARD =
      new Scoreboard(
          List.of(
              Scoreboard.Row.measured(
                  "extract",
                  "article-extraction-benchmark",
                  "all",
                  ordered("f1", 0.95849, "precision", 0.9375),
                  "trafilatura F1 0.958"),
              Scoreboard.Row.notBuilt("cluster", "googlenews-TS", null, "GSDMM NMI ~0.87", null),
              Scoreboard.Row.datasetMissing(
                  "timeline", "crisis", "en", null, "input articles not stored")));

  @Test
  void figuresPrintAsNameValuePairsWithThreeDecimalsInOrder() {
    assertThat(Scoreboard.figuresLine(ordered("recall", 0.97751, "f1", 1.0)))
        .isEqualTo("recall=0.978 f1=1.000");
  }

  @Test
  void theTablePrintsFixedWidthColumnsAndSaysNotBuiltInWords() {
    assertThat(BOARD.render())
        .isEqualTo(
            """
            STAGE     DATASET                       SPLIT  OURS                      PUBLISHED             NOTE
            --------  ----------------------------  -----  ------------------------  --------------------  -------------------------
            extract   article-extraction-benchmark  all    f1=0.958 precision=0.938  trafilatura F1 0.958  -
            cluster   googlenews-TS                 -      not built                 GSDMM NMI ~0.87       -
            timeline  crisis                        en     dataset missing           -                     input articles not stored
            """);
  }

  @Test
  void aStageNotBuiltIsNeverPrintedAsZero() {
    assertThat(BOARD.rows().get(1).figuresLine()).isEqualTo("not built");
    assertThat(BOARD.render()).doesNotContain("0.000");
  }

  @Test
  void rowsWithAStatusOtherThanMeasuredCannotHoldFigures() {
    assertThatThrownBy(
            () ->
                new Scoreboard.Row(
                    "x", "y", null, Map.of("f1", 0.0), null, Scoreboard.Status.NOT_BUILT, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scoreboard.Row.measured("x", "y", null, Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addingARowLeavesTheOriginalBoardUnchanged() {
    Scoreboard more = BOARD.with(Scoreboard.Row.notBuilt("brief", "none", null, null, null));

    assertThat(more.rows()).hasSize(4);
    assertThat(BOARD.rows()).hasSize(3);
  }

  @Test
  void rowFiguresKeepTheirOrderAndCannotBeChanged() {
    Map<String, Double> figures = BOARD.rows().get(0).figures();

    assertThat(figures.keySet()).containsExactly("f1", "precision");
    assertThatThrownBy(() -> figures.put("recall", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
