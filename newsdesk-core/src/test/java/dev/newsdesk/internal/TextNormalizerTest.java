package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  /** What collapseSpaces did before it was one loop: its results must not move. */
  private static String collapsedByPattern(String text) {
    return Pattern.compile("\\s+").matcher(text.replace('\u00A0', ' ')).replaceAll(" ").trim();
  }

  @Test
  void collapseSpacesJoinsRunsOfWhiteSpaceAndNoBreakSpacesAndTrims() {
    assertThat(TextNormalizer.collapseSpaces("  The ferry\u00A0\u00A0sailed \t at\r\n dawn. "))
        .isEqualTo("The ferry sailed at dawn.");
    assertThat(TextNormalizer.collapseSpaces("The ferry sailed.")).isEqualTo("The ferry sailed.");
    assertThat(TextNormalizer.collapseSpaces(" \u00A0\t")).isEmpty();
  }

  @Test
  void collapseSpacesGivesWhatItsPatternGaveOnEveryMixOfSpacesControlsAndLetters() {
    // Em space and U+0001 are not \s: the first stays, the second is only trimmed at the ends.
    char[] alphabet = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u0001', 'a'};
    SplittableRandom random = new SplittableRandom(20261202L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      assertThat(TextNormalizer.collapseSpaces(s))
          .as("%s", s.chars().boxed().toList())
          .isEqualTo(collapsedByPattern(s));
    }
  }

  @Test
  void noAsciiCharacterDecomposesOrIsAMarkSoAsciiTextFoldsToItself() {
    for (char c = 0; c < 0x80; c++) {
      String one = String.valueOf(c);
      assertThat(Normalizer.normalize(one, Normalizer.Form.NFKD)).isEqualTo(one);
      assertThat(one.matches("\\p{M}")).isFalse();
    }
    assertThat(TextNormalizer.fold("Plain \"ASCII\" - text's fine"))
        .isEqualTo("Plain \"ASCII\" - text's fine");
  }

  @Test
  void foldingStillRemovesDiacriticsAndUnifiesQuotesAndDashes() {
    assertThat(TextNormalizer.fold("Erdoğan’s “CNN Türk” – ı"))
        .isEqualTo("Erdogan's \"CNN Turk\" - i");
  }

  @Test
  void aWordKeyIsTheFoldedWordsOfANameWhateverItsPunctuation() {
    assertThat(TextNormalizer.wordKey(" CNN-Türk's  “Ankara” desk "))
        .isEqualTo("cnn turk s ankara desk");
    assertThat(TextNormalizer.wordKey("--")).isEmpty();
  }
}
