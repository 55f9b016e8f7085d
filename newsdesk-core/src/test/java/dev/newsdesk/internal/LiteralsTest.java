package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralsTest {
  /** The chars the classifiers' word lists are written in. */
  private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 ().:/-'\u00A9";

  @Test
  void caseFoldMatchesAnyCharExactlyWhereACaseInsensitiveUnicodePatternDoes() {
    assertFoldAgreesWithPatterns(
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, c -> Literals.caseFold(c));
  }

  @Test
  void asciiLowerMatchesAnyCharExactlyWhereACaseInsensitiveAsciiPatternDoes() {
    assertFoldAgreesWithPatterns(Pattern.CASE_INSENSITIVE, c -> Literals.asciiLower(c));
  }

  @Test
  void caseFoldKeepsTheLengthAndFoldsTheCharsThatBecomeAscii() {
    assertThat(Literals.caseFold("İstanbul ſtreet \u212Aelvin ıs"))
        .isEqualTo("istanbul street kelvin is");
    assertThat(Literals.asciiLower("İSTANBUL Straße")).isEqualTo("İstanbul straße");
    assertThat(Literals.any("copyright 2025", "all rights", "copyright")).isTrue();
    assertThat(Literals.any("the ferry", "all rights", "copyright")).isFalse();
  }

  private static void assertFoldAgreesWithPatterns(
      int flags, java.util.function.UnaryOperator<String> fold) {
    List<String> disagreements = new ArrayList<>();
    for (char p : WORD_CHARS.toCharArray()) {
      // A lone char and the same char inside a literal run compile to different nodes.
      Matcher single = Pattern.compile(Pattern.quote(String.valueOf(p)), flags).matcher("");
      Matcher inRun =
          Pattern.compile("q" + Pattern.quote(String.valueOf(p)) + "q", flags).matcher("");
      for (int c = 0; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        String text = String.valueOf((char) c);
        boolean folds = fold.apply(text).equals(String.valueOf(p));
        if (single.reset(text).matches() != folds
            || inRun.reset("q" + text + "q").matches() != folds) {
          disagreements.add(p + " vs U+" + Integer.toHexString(c));
        }
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
