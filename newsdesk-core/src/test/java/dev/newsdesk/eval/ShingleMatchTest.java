package dev.newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMatchTest {

  @Test
  void tokensAreUnicodeWordRunsWithCaseKept() {
    assertThat(ShingleMatch.tokens("Olá, mundo! 안녕 세계 -- snake_case, 3.14 The"))
        .containsExactly("Olá", "mundo", "안녕", "세계", "snake_case", "3", "14", "The");
  }

  @Test
  void tokensFollowPythonsWordClassNotJavas() {
    // Python's \w keeps vulgar fractions and superscripts and stops at combining marks and joiners.
    assertThat(ShingleMatch.tokens("cafe\u0301 ½ x² a\u200Db"))
        .containsExactly("cafe", "½", "x²", "a", "b");
  }

  @Test
  void nullTextHasNoTokens() {
    assertThat(ShingleMatch.tokens(null)).isEmpty();
  }

  @Test
  void shinglesAreFourTokenWindowsCountedAsAMultiset() {
    assertThat(ShingleMatch.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d")))
        .containsOnly(
            entry("a b c d", 2), entry("b c d a", 1), entry("c d a b", 1), entry("d a b c", 1));
  }

  @Test
  void aTextShorterThanFourTokensIsOneShorterShingle() {
    assertThat(ShingleMatch.shingles(List.of("a", "b"))).containsOnly(entry("a b", 1));
    assertThat(ShingleMatch.shingles(List.of())).isEmpty();
  }

  @Test
  void oneWrongTokenAtTheEndCostsOneShingleEachWay() {
    ShingleMatch m = ShingleMatch.of("a b c d x", "a b c d e");

    assertThat(m.truePositives()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.falsePositives()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.falseNegatives()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(m.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(m.exact()).isFalse();
  }

  @Test
  void repeatedShinglesCountOnlyAsOftenAsPredicted() {
    ShingleMatch m = ShingleMatch.of("a b c d", "a b c d a b c d");

    assertThat(m.truePositives()).isCloseTo(0.2, within(1e-12));
    assertThat(m.falsePositives()).isZero();
    assertThat(m.falseNegatives()).isCloseTo(0.8, within(1e-12));
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void punctuationAndSpacingDoNotMatterButCaseDoes() {
    assertThat(ShingleMatch.of("Hello,   world!\n\nBye.", "Hello world Bye").exact()).isTrue();
    assertThat(ShingleMatch.of("hello world", "Hello world").precision()).isZero();
  }

  @Test
  void anEmptyPredictionHasRecallZeroAndStaysOutOfThePrecisionAverage() {
    ShingleMatch m = ShingleMatch.of("", "a b c d e");

    assertThat(m.falseNegatives()).isEqualTo(1.0);
    assertThat(m.precision()).isZero();
    assertThat(m.recall()).isZero();
    assertThat(m.countsForPrecision()).isFalse();
    assertThat(m.countsForRecall()).isTrue();
  }

  @Test
  void twoEmptyTextsMatchExactlyWithPerfectRatiosButCountForNeitherAverage() {
    ShingleMatch m = ShingleMatch.of("", "...");

    assertThat(m.exact()).isTrue();
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.countsForPrecision()).isFalse();
    assertThat(m.countsForRecall()).isFalse();
  }

  private static Map.Entry<String, Integer> entry(String key, int count) {
    return Map.entry(key, count);
  }
}
