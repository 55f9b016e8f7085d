package dev.newsdesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  /** What {@link Shingles#words} used to match with; the scan must find the same runs. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void aWordPartIsExactlyALetterOrNumberAsThePatternReadsIt() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean pattern = WORD.matcher(new String(Character.toChars(cp))).matches();
      if (Shingles.isWordPart(cp) != pattern) {
        assertThat(Shingles.isWordPart(cp)).as("U+%04X", cp).isEqualTo(pattern);
      }
    }
  }

  @Test
  void wordsAreTheRunsThePatternFindsInTheFoldedText() {
    List<String> texts =
        List.of(
            "",
            "   ",
            "Erdoğan met CNN Türk's editor on 8 December, 2024 — at 10:30.",
            "x",
            "end with a word",
            "\u00BD of 2\u00B2 is \u2160 (roman) and \u0661\u0662 arabic digits",
            "emoji \uD83D\uDE00 between words, and a math letter \uD835\uDC00 too",
            "unpaired \uD800 surrogate \uDC00 here",
            "ﬁne ligature, 'quotes' “double” and dashes–and—more",
            "日本語のテキスト mixed with Latin");
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = WORD.matcher(TextNormalizer.key(text));
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(Shingles.words(text)).as(text).isEqualTo(expected);
    }
  }
}
